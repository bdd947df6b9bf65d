using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Web.Framework.Infrastructure;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the merchant's recommendation slots and seeds the three the plugin showed before slots could be configured,
/// so a store that upgrades keeps its storefront as it was. Plain FluentMigrator API, auto-reversing like the base schema.
/// </summary>
[NopMigration("2026/12/04 10:00:00:0000000", "Misc.Personalization recommendation slots", MigrationProcessType.NoMatter)]
public class RecommendationSlotMigration : AutoReversingMigration
{
    /// <summary>Gets the slots every store starts with: zone, strategy, name and English title.</summary>
    public static IReadOnlyList<(string WidgetZone, string Strategy, string Name, string Title)> SeededSlots { get; } =
    [
        (PublicWidgetZones.ProductDetailsBottom, RecommendationStrategies.AlsoBought, "Product page: bought together", "Customers who bought this also bought"),
        (PublicWidgetZones.CategoryDetailsBottom, RecommendationStrategies.TopSellersInCategory, "Category page: top sellers", "Top sellers in this category"),
        (PublicWidgetZones.HomepageBottom, RecommendationStrategies.PickedForYou, "Home page: picked for you", "Picked for you")
    ];

    /// <summary>Gets how many products each seeded slot shows: one row of the default theme's grid, as before.</summary>
    public const int SeededProductCount = 4;

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var slots = RecommendationSlotTables.RecommendationSlot;
        Create.Table(slots)
            .WithColumn(nameof(RecommendationSlot.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(RecommendationSlot.Name)).AsString(RecommendationSlotTables.NameMaxLength).NotNullable()
            .WithColumn(nameof(RecommendationSlot.WidgetZone)).AsString(RecommendationSlotTables.WidgetZoneMaxLength).NotNullable()
            .WithColumn(nameof(RecommendationSlot.Strategy)).AsString(RecommendationSlotTables.StrategyMaxLength).NotNullable()
            .WithColumn(nameof(RecommendationSlot.ProductCount)).AsInt32().NotNullable()
            .WithColumn(nameof(RecommendationSlot.Title)).AsString(RecommendationSlotTables.NameMaxLength).NotNullable()
            .WithColumn(nameof(RecommendationSlot.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(RecommendationSlot.DisplayOrder)).AsInt32().NotNullable()
            .WithColumn(nameof(RecommendationSlot.Active)).AsBoolean().NotNullable()
            .WithColumn(nameof(RecommendationSlot.LayoutId)).AsInt32().NotNullable()
            .WithColumn(nameof(RecommendationSlot.InStockOnly)).AsBoolean().NotNullable()
            .WithColumn(nameof(RecommendationSlot.ExcludeCartProducts)).AsBoolean().NotNullable()
            .WithColumn(nameof(RecommendationSlot.ExcludeBoughtProducts)).AsBoolean().NotNullable()
            .WithColumn(nameof(RecommendationSlot.CreatedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(RecommendationSlot.UpdatedOnUtc)).AsDateTime2().NotNullable();

        //the slots seeded match what the plugin rendered before: the product on screen was never shown, nothing else was left out
        var seededOn = new DateTime(2026, 12, 4, 10, 0, 0, DateTimeKind.Utc);
        foreach (var (zone, strategy, name, title) in SeededSlots)
        {
            Insert.IntoTable(slots).Row(new
            {
                Name = name,
                WidgetZone = zone,
                Strategy = strategy,
                ProductCount = SeededProductCount,
                Title = title,
                StoreId = 0,
                DisplayOrder = 0,
                Active = true,
                LayoutId = (int)RecommendationSlotLayout.Grid,
                InStockOnly = false,
                ExcludeCartProducts = false,
                ExcludeBoughtProducts = false,
                CreatedOnUtc = seededOn,
                UpdatedOnUtc = seededOn
            });
        }
    }
}
