using Nop.Core.Configuration;

namespace Nop.Plugin.Misc.Personalization;

/// <summary>
/// Represents the state of the recommendation lists, shared by all stores and web-farm nodes (kept in the settings table)
/// </summary>
public class RecommendationSettings : ISettings
{
    /// <summary>Gets or sets the training run whose lists are served; 0 before the first run.</summary>
    public int ListVersion { get; set; }

    /// <summary>Gets or sets when the served lists were trained (UTC).</summary>
    public DateTime? TrainedOnUtc { get; set; }

    /// <summary>Gets or sets how many order lines the last run learned from.</summary>
    public int TrainedOrderLines { get; set; }

    /// <summary>Gets or sets how many lists the last run wrote.</summary>
    public int TrainedLists { get; set; }

    /// <summary>Gets or sets how long the last run took, in seconds.</summary>
    public double TrainingSeconds { get; set; }

    /// <summary>Gets or sets how many days after a click or add to cart in a slot an order of that product is attributed to the slot.</summary>
    public int AttributionDays { get; set; } = DefaultAttributionDays;

    /// <summary>Gets the attribution window a store starts with (a week, the usual click window of ad networks).</summary>
    public const int DefaultAttributionDays = 7;

    /// <summary>Gets the longest attribution window accepted.</summary>
    public const int MaxAttributionDays = 90;
}
