namespace Personalization.Engine.Campaigns;

/// <summary>
/// How many times one visitor is exposed to a campaign at most; null for no limit. Held-out visitors count alike, so
/// that both arms are capped the same way.
/// </summary>
public sealed record FrequencyCap
{
    /// <summary>Gets the most exposures in one browsing session.</summary>
    public int? PerSession { get; init; }

    /// <summary>Gets the most exposures in one day (store time).</summary>
    public int? PerDay { get; init; }

    /// <summary>Gets the most exposures ever.</summary>
    public int? PerVisitor { get; init; }
}
