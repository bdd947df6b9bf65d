using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Decides the campaigns of the current request and records the exposures.
/// </summary>
public interface ICampaignDecisionService
{
    /// <summary>
    /// Decides which campaign each slot of the current page gets for the current visitor, records the exposures (the first
    /// one stores the visitor's arm) and renders the messages to show
    /// </summary>
    /// <param name="page">The page; null for the page of the current request (read from its route)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the messages to show; control decisions are recorded and not returned
    /// </returns>
    Task<IList<CampaignMessage>> DecideAsync(PageContext page = null);
}
