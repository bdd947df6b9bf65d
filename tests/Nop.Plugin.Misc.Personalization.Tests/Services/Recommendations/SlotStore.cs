using Moq;
using Nop.Core.Caching;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Recommendations;

/// <summary>
/// A test database with the slot table as an upgrade leaves it (the three seeded slots) and the nopCommerce tables the
/// slot service reads (carts, orders), with the slot service over them.
/// </summary>
public sealed class SlotStore : IDisposable
{
    SlotStore(DatabaseKind kind, TimeProvider clock)
    {
        Database = TestDatabase.Create(kind);
        Database.Migrate(new RecommendationSlotMigration(), up: true);
        Slots = new Linq2DbRepository<RecommendationSlot>(Database, new PersonalizationNameCompatibility());
        Orders = new Linq2DbRepository<Order>(Database, "Order");
        Items = new Linq2DbRepository<OrderItem>(Database, "OrderItem");
        Cart = new Linq2DbRepository<ShoppingCartItem>(Database, nameof(ShoppingCartItem));
        Clock = clock;
    }

    /// <summary>Creates the database and its tables.</summary>
    public static async Task<SlotStore> CreateAsync(DatabaseKind kind, TimeProvider clock = null)
    {
        var store = new SlotStore(kind, clock ?? TimeProvider.System);
        foreach (var table in new Func<Task>[] { store.Orders.CreateTableAsync, store.Items.CreateTableAsync, store.Cart.CreateTableAsync })
            await table();
        return store;
    }

    public TestDatabase Database { get; }

    public Linq2DbRepository<RecommendationSlot> Slots { get; }

    public Linq2DbRepository<Order> Orders { get; }

    public Linq2DbRepository<OrderItem> Items { get; }

    public Linq2DbRepository<ShoppingCartItem> Cart { get; }

    public TimeProvider Clock { get; }

    /// <summary>A slot service over the tables, behind the given cache (none by default), as one web-farm node has it.</summary>
    public RecommendationSlotService SlotService(IStaticCacheManager cache = null) =>
        new(Languages.Object, LocalizedTitles.Object, Orders, Items, Slots, Cart, cache ?? new UncachedStaticCacheManager(), Clock);

    /// <summary>Gets the store's languages: English and German.</summary>
    public Mock<ILanguageService> Languages { get; } = StoreLanguages();

    /// <summary>Gets nopCommerce's localized values (the slots' translated titles), recording what is saved.</summary>
    public Mock<ILocalizedEntityService> LocalizedTitles { get; } = new();

    static Mock<ILanguageService> StoreLanguages()
    {
        var languages = new Mock<ILanguageService>();
        languages.Setup(l => l.GetAllLanguagesAsync(true, 0)).ReturnsAsync(new List<Nop.Core.Domain.Localization.Language> { new() { Id = 1, Name = "English" }, new() { Id = 2, Name = "Deutsch" } });
        return languages;
    }

    /// <summary>The one slot of a zone: a seeded one, or the one a test added there.</summary>
    public RecommendationSlot InZone(string widgetZone) => Slots.Table.Single(slot => slot.WidgetZone == widgetZone);

    public void Dispose()
    {
        foreach (var repository in new IDisposable[] { Slots, Orders, Items, Cart })
            repository.Dispose();
        Database.Dispose();
    }
}
