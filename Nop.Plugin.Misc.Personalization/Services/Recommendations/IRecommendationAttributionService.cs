namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Counts what the recommendation slots did and which orders they earned.
/// </summary>
public interface IRecommendationAttributionService
{
    /// <summary>
    /// Gets each slot's impressions, clicks, adds to cart, attributed orders and revenue of a period; an ordered product
    /// is attributed to every slot it was clicked or added from by the ordering customer within the attribution window
    /// (RecommendationSettings.AttributionDays) before the order
    /// </summary>
    /// <param name="fromUtc">Start of the period (UTC, inclusive)</param>
    /// <param name="toUtc">End of the period (UTC, exclusive)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the figures by slot identifier; slots that did nothing are left out
    /// </returns>
    Task<IDictionary<int, RecommendationSlotFigures>> GetSlotFiguresAsync(DateTime fromUtc, DateTime toUtc);
}
