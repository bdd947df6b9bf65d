namespace Personalization.Engine.Campaigns;

/// <summary>
/// When a chosen campaign appears on the page, how often, on which pages, and whether it can be closed.
/// </summary>
/// <remarks>The server decides which campaign a page gets; the triggers (delay, exit intent, scroll depth) are carried out by the store's script, all that are set having to hold.</remarks>
public sealed record CampaignDelivery
{
    /// <summary>Gets the seconds on the page before it appears (0-600).</summary>
    public int DelaySeconds { get; init; }

    /// <summary>Gets whether it appears only when the visitor is about to leave (pointer heading out of the window).</summary>
    public bool OnExitIntent { get; init; }

    /// <summary>Gets the percentage of the page the visitor must have scrolled (0 for none, up to 100).</summary>
    public int ScrollDepthPercent { get; init; }

    /// <summary>Gets the page rules: shown on pages matching any allowing rule (every page when there is none) and no excluding rule.</summary>
    public IReadOnlyList<PageTarget> Pages { get; init; } = [];

    /// <summary>Gets the frequency cap.</summary>
    public FrequencyCap Cap { get; init; } = new();

    /// <summary>Gets whether the visitor can close it (a closed campaign is not shown to that visitor again).</summary>
    public bool Dismissible { get; init; } = true;
}
