using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Tests.Data.Migrations;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class RecommendationSlotMigrationTests(DatabaseKind kind)
{
    TestDatabase _database;

    [SetUp]
    public void CreateDatabase() => _database = TestDatabase.Create(kind);

    [TearDown]
    public void DropDatabase() => _database?.Dispose();

    [Test]
    public void Upgrade_seeds_the_three_slots_the_store_showed_before_as_active_four_product_grids_in_every_store()
    {
        _database.Migrate(new RecommendationSlotMigration(), up: true);
        using var slots = new Linq2DbRepository<RecommendationSlot>(_database, new PersonalizationNameCompatibility());

        var seeded = slots.Table.OrderBy(slot => slot.Id).ToList();

        Assert.That(seeded.Select(slot => (slot.WidgetZone, slot.Strategy, slot.Title)), Is.EqualTo(new[]
        {
            ("productdetails_bottom", RecommendationStrategies.AlsoBought, "Customers who bought this also bought"),
            ("categorydetails_bottom", RecommendationStrategies.TopSellersInCategory, "Top sellers in this category"),
            ("home_page_bottom", RecommendationStrategies.PickedForYou, "Picked for you")
        }));
        Assert.That(seeded, Has.All.Matches<RecommendationSlot>(slot => slot.Active && slot.ProductCount == 4 && slot.StoreId == 0
            && slot.LayoutId == (int)RecommendationSlotLayout.Grid && !slot.InStockOnly && !slot.ExcludeCartProducts && !slot.ExcludeBoughtProducts));
    }

    [Test]
    public void Uninstall_drops_the_slot_table()
    {
        _database.Migrate(new RecommendationSlotMigration(), up: true);
        Assert.That(_database.TableNames(), Does.Contain(RecommendationSlotTables.RecommendationSlot));

        _database.Migrate(new RecommendationSlotMigration(), up: false);

        Assert.That(_database.TableNames(), Has.None.EqualTo(RecommendationSlotTables.RecommendationSlot));
    }
}
