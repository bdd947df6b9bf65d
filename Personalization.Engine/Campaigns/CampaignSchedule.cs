namespace Personalization.Engine.Campaigns;

/// <summary>
/// When a campaign runs: between two instants, and on some days of the week and hours of the day in the store's time zone.
/// </summary>
public sealed record CampaignSchedule
{
    /// <summary>Gets the first instant it runs (UTC); null for now.</summary>
    public DateTime? StartsOnUtc { get; init; }

    /// <summary>Gets the instant it stops (UTC, exclusive); null for never.</summary>
    public DateTime? EndsOnUtc { get; init; }

    /// <summary>Gets the days of the week it runs in the store's time zone; empty for every day.</summary>
    public IReadOnlyList<DayOfWeek> Days { get; init; } = [];

    /// <summary>Gets the first hour of the day it runs (0-23, store time); null for midnight.</summary>
    public int? FromHour { get; init; }

    /// <summary>Gets the hour it stops (1-24, exclusive, store time); null for midnight at the end of the day. Below <see cref="FromHour"/> the window crosses midnight (22 to 6).</summary>
    public int? ToHour { get; init; }
}
