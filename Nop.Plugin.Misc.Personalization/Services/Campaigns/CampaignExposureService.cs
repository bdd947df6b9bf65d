using System.Data.Common;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Keeps one exposure row per customer and campaign, and a copy of a customer's rows in nopCommerce's static cache
/// (shared by a web farm's servers when it is Redis), so a decision reads the history without a query.
/// </summary>
/// <remarks>
/// The row is the assignment: inserted at the first decision, unique per campaign and customer, so two servers deciding
/// at once store one arm and both serve it. A variant's exposures are the times it was shown: the script reports the
/// impression when the trigger fires, so a visitor who leaves before the delay has not used up the session's cap. A
/// held-out visitor's page carries nothing that could report, so control counts each decided page. Days are the
/// store's (the campaigns' time zone), as the schedules are.
/// </remarks>
public class CampaignExposureService : ICampaignExposureService
{
    #region Fields

    protected readonly ICampaignSetService _campaignSetService;
    protected readonly IRepository<CampaignExposure> _exposureRepository;
    protected readonly IStaticCacheManager _staticCacheManager;

    #endregion

    #region Ctor

    public CampaignExposureService(ICampaignSetService campaignSetService,
        IRepository<CampaignExposure> exposureRepository,
        IStaticCacheManager staticCacheManager)
    {
        _campaignSetService = campaignSetService;
        _exposureRepository = exposureRepository;
        _staticCacheManager = staticCacheManager;
    }

    #endregion

    #region Utilities

    protected virtual CacheKey PrepareKey(int customerId) =>
        _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.CampaignExposuresCacheKey, customerId);

    protected virtual async Task<List<CampaignExposure>> LoadAsync(int customerId) =>
        (await _exposureRepository.GetAllAsync(query => query.Where(exposure => exposure.CustomerId == customerId).OrderBy(exposure => exposure.Id),
            getCacheKey: null)).ToList();

    protected virtual Task SaveAsync(int customerId, IEnumerable<CampaignExposure> exposures) =>
        _staticCacheManager.SetAsync(PrepareKey(customerId), exposures.ToList());

    /// <summary>Gets whether two moments fall on the same day of the store.</summary>
    protected static bool SameDay(DateTime firstUtc, DateTime secondUtc, TimeZoneInfo timeZone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(firstUtc, DateTimeKind.Utc), timeZone).Date
        == TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(secondUtc, DateTimeKind.Utc), timeZone).Date;

    /// <summary>Counts one more exposure, starting the session and day counts again when they changed.</summary>
    protected static void Count(CampaignExposure exposure, Guid sessionId, DateTime nowUtc, TimeZoneInfo timeZone)
    {
        exposure.SessionExposures = exposure.LastSessionId == sessionId && exposure.Exposures > 0 ? exposure.SessionExposures + 1 : 1;
        exposure.DayExposures = SameDay(exposure.LastExposedOnUtc, nowUtc, timeZone) && exposure.Exposures > 0 ? exposure.DayExposures + 1 : 1;
        exposure.Exposures++;
        exposure.LastSessionId = sessionId;
        exposure.LastExposedOnUtc = nowUtc;
    }

    protected virtual async Task<TimeZoneInfo> GetTimeZoneAsync() => (await _campaignSetService.GetCampaignSetAsync()).TimeZone;

    #endregion

    #region Methods

    /// <summary>
    /// Gets a customer's exposures, from the cache or, on a miss, from the table
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains one exposure per campaign the customer was assigned to
    /// </returns>
    public virtual async Task<IList<CampaignExposure>> GetExposuresAsync(int customerId) =>
        await _staticCacheManager.GetAsync(PrepareKey(customerId), () => LoadAsync(customerId));

    /// <summary>
    /// Gets a customer's history with each campaign as a decision reads it
    /// </summary>
    /// <param name="exposures">The customer's exposures</param>
    /// <param name="sessionId">The current browsing session</param>
    /// <param name="nowUtc">Now</param>
    /// <param name="timeZone">The store's time zone, whose days the per-day caps count; null for UTC</param>
    /// <returns>The history by campaign identifier</returns>
    public virtual IReadOnlyDictionary<int, CampaignHistory> GetHistory(IEnumerable<CampaignExposure> exposures, Guid sessionId, DateTime nowUtc, TimeZoneInfo timeZone = null)
    {
        ArgumentNullException.ThrowIfNull(exposures);
        timeZone ??= TimeZoneInfo.Utc;
        return exposures.ToDictionary(exposure => exposure.CampaignId, exposure => new CampaignHistory(
            exposure.LastSessionId == sessionId ? exposure.SessionExposures : 0,
            SameDay(exposure.LastExposedOnUtc, nowUtc, timeZone) ? exposure.DayExposures : 0,
            exposure.Exposures,
            exposure.DismissedOnUtc.HasValue,
            exposure.VariantId ?? 0));
    }

    /// <summary>
    /// Records that a page was decided to show a campaign (or its control) to a customer: the first time, the assignment is
    /// stored and wins over any later bucket; control counts against the frequency caps here, a variant when it is shown
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="visitorId">First-party visitor id</param>
    /// <param name="sessionId">Browsing session id</param>
    /// <param name="decision">The engine's decision</param>
    /// <param name="nowUtc">Now</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the stored exposure
    /// </returns>
    public virtual async Task<CampaignExposure> RecordExposureAsync(int customerId, Guid visitorId, Guid sessionId, CampaignDecision decision, DateTime nowUtc)
    {
        var exposures = (await GetExposuresAsync(customerId)).ToList();
        var exposure = exposures.FirstOrDefault(row => row.CampaignId == decision.CampaignId);
        var variantId = decision.IsControl ? (int?)null : decision.VariantId;
        //control is counted now: nothing on its page reports; a variant counts when the script reports it shown
        var counted = decision.IsControl ? 1 : 0;
        if (exposure == null)
        {
            exposure = new CampaignExposure
            {
                CampaignId = decision.CampaignId,
                VariantId = variantId,
                CustomerId = customerId,
                VisitorId = visitorId,
                FirstExposedOnUtc = nowUtc,
                LastExposedOnUtc = nowUtc,
                LastSessionId = sessionId,
                Exposures = counted,
                SessionExposures = counted,
                DayExposures = counted
            };
            try
            {
                await _exposureRepository.InsertAsync(exposure, publishEvent: false);
                exposures.Add(exposure);
                await SaveAsync(customerId, exposures);
                return exposure;
            }
            catch (DbException)
            {
                //another server stored this customer's assignment first: its arm is the one, so count on its row
                exposures = await LoadAsync(customerId);
                exposure = exposures.FirstOrDefault(row => row.CampaignId == decision.CampaignId);
                if (exposure == null)
                    throw;
            }
        }

        //the engine keeps the stored arm while it exists; one the merchant deleted is replaced by the arm now served
        if (!decision.IsControl && exposure.VariantId == variantId)
            return exposure;
        exposure.VariantId = variantId;
        if (decision.IsControl)
            Count(exposure, sessionId, nowUtc, await GetTimeZoneAsync());
        await _exposureRepository.UpdateAsync(exposure, publishEvent: false);
        await SaveAsync(customerId, exposures);
        return exposure;
    }

    /// <summary>
    /// Records what the storefront script reports, when the customer has that very assignment (a variant, never control)
    /// </summary>
    /// <param name="customerId">Customer identifier (of the request, never of the client)</param>
    /// <param name="campaignId">Campaign identifier the script sent</param>
    /// <param name="variantId">Variant identifier the script sent</param>
    /// <param name="interaction">What happened</param>
    /// <param name="sessionId">Browsing session of the request (an impression counts against the session's cap)</param>
    /// <param name="nowUtc">Now</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is false when the customer has no such assignment, and nothing is recorded
    /// </returns>
    public virtual async Task<bool> RecordInteractionAsync(int customerId, int campaignId, int variantId, CampaignInteraction interaction, Guid sessionId, DateTime nowUtc)
    {
        if (customerId <= 0 || campaignId <= 0 || variantId <= 0 || !Enum.IsDefined(interaction))
            return false;

        var exposures = (await GetExposuresAsync(customerId)).ToList();
        var exposure = exposures.FirstOrDefault(row => row.CampaignId == campaignId && row.VariantId == variantId);
        if (exposure == null)
            return false;

        switch (interaction)
        {
            case CampaignInteraction.Impression:
                //what the frequency caps count: the message was on the visitor's screen
                exposure.Shown = true;
                Count(exposure, sessionId, nowUtc, await GetTimeZoneAsync());
                break;
            case CampaignInteraction.Click:
                //a click is on a message the visitor saw, whatever became of the impression's request
                exposure.Shown = true;
                exposure.ClickedOnUtc ??= nowUtc;
                break;
            case CampaignInteraction.Dismiss:
                exposure.Shown = true;
                exposure.DismissedOnUtc ??= nowUtc;
                break;
        }

        await _exposureRepository.UpdateAsync(exposure, publishEvent: false);
        await SaveAsync(customerId, exposures);
        return true;
    }

    /// <summary>
    /// Marks the exposures that tracked events convert: the first event matching a campaign's goal within its attribution window
    /// </summary>
    /// <param name="events">Tracked events</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of exposures converted
    /// </returns>
    public virtual async Task<int> RecordConversionsAsync(IReadOnlyList<VisitorEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var customerIds = events.Where(e => e.CustomerId > 0).Select(e => e.CustomerId).Distinct().ToArray();
        if (customerIds.Length == 0)
            return 0;

        var open = await _exposureRepository.GetAllAsync(query => query
            .Where(exposure => customerIds.Contains(exposure.CustomerId) && exposure.ConvertedOnUtc == null), getCacheKey: null);
        if (open.Count == 0)
            return 0;

        //goals are those of the campaigns served: a paused or deleted campaign converts no one
        var set = await _campaignSetService.GetCampaignSetAsync();
        var converted = new List<CampaignExposure>();
        foreach (var exposure in open)
        {
            var goal = set.Goal(exposure.CampaignId);
            var conversion = goal == null ? null : events
                .Where(e => e.CustomerId == exposure.CustomerId)
                .OrderBy(e => e.OccurredOnUtc)
                .FirstOrDefault(e => goal.IsConversion(e, exposure.FirstExposedOnUtc));
            if (conversion == null)
                continue;

            exposure.ConvertedOnUtc = conversion.OccurredOnUtc;
            exposure.Revenue = conversion.Type == TrackedEventType.OrderPlaced ? conversion.Value : 0;
            converted.Add(exposure);
        }

        if (converted.Count == 0)
            return 0;

        await _exposureRepository.UpdateAsync(converted, publishEvent: false);
        foreach (var customerId in converted.Select(exposure => exposure.CustomerId).Distinct())
            await _staticCacheManager.RemoveAsync(PersonalizationDefaults.CampaignExposuresCacheKey, customerId);
        return converted.Count;
    }

    /// <summary>
    /// Deletes a customer's exposures and their cached copy
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of rows deleted
    /// </returns>
    public virtual async Task<int> DeleteCustomerExposuresAsync(int customerId)
    {
        var deleted = await _exposureRepository.DeleteAsync(exposure => exposure.CustomerId == customerId);
        await _staticCacheManager.RemoveAsync(PersonalizationDefaults.CampaignExposuresCacheKey, customerId);
        return deleted;
    }

    #endregion
}
