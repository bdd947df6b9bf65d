namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table name and column sizes of the recommendation slots.
/// </summary>
public static class RecommendationSlotTables
{
    /// <summary>Gets the table of the merchant's recommendation slots.</summary>
    public static string RecommendationSlot => PersonalizationDefaults.TablePrefix + "RecommendationSlot";

    /// <summary>Most characters of a slot's name and title.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Most characters of a widget zone's name (nopCommerce's longest is under 60).</summary>
    public const int WidgetZoneMaxLength = 100;

    /// <summary>Most characters of a strategy's name.</summary>
    public const int StrategyMaxLength = 50;
}
