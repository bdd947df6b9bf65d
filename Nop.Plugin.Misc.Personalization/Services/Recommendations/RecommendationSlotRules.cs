using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// What a slot must be to be stored: a name and title that fit, an offered zone and strategy, 1 to 24 products, a known layout.
/// </summary>
public static class RecommendationSlotRules
{
    /// <summary>Fewest products a slot shows.</summary>
    public const int MinProductCount = 1;

    /// <summary>Gets the problems of a slot, each as the property and the resource describing it; empty when it may be stored.</summary>
    public static IList<(string Property, string ResourceKey)> Problems(RecommendationSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var problems = new List<(string, string)>();
        const string prefix = "Plugins.Misc.Personalization.RecommendationSlots.Fields.";
        if (string.IsNullOrWhiteSpace(slot.Name))
            problems.Add((nameof(slot.Name), prefix + "Name.Required"));
        else if (slot.Name.Length > RecommendationSlotTables.NameMaxLength)
            problems.Add((nameof(slot.Name), prefix + "Name.TooLong"));
        if (slot.Title?.Length > RecommendationSlotTables.NameMaxLength)
            problems.Add((nameof(slot.Title), prefix + "Title.TooLong"));
        if (!RecommendationSlotZones.IsOffered(slot.WidgetZone))
            problems.Add((nameof(slot.WidgetZone), prefix + "WidgetZone.Unknown"));
        if (!RecommendationSlotStrategies.IsOffered(slot.Strategy))
            problems.Add((nameof(slot.Strategy), prefix + "Strategy.Unknown"));
        if (slot.ProductCount is < MinProductCount or > RecommendationService.MaxCount)
            problems.Add((nameof(slot.ProductCount), prefix + "ProductCount.Range"));
        if (!Enum.IsDefined((RecommendationSlotLayout)slot.LayoutId))
            problems.Add((nameof(slot.LayoutId), prefix + "Layout.Unknown"));
        if (slot.StoreId < 0)
            problems.Add((nameof(slot.StoreId), prefix + "Store.Unknown"));
        return problems;
    }
}
