namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// What became of an interaction the storefront script posted: the HTTP status to answer with and, when refused, why.
/// </summary>
/// <param name="StatusCode">204 recorded; 400 unreadable; 403 not from this store's pages; 404 no such assignment for the request's customer; 413 too large.</param>
/// <param name="Error">Why it was refused; null when recorded.</param>
public sealed record CampaignInteractionOutcome(int StatusCode, string Error)
{
    /// <summary>Gets the outcome of a recorded interaction.</summary>
    public static CampaignInteractionOutcome Recorded { get; } = new(204, null);
}
