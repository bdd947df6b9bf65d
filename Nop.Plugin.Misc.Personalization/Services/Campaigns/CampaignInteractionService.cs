using System.Text.Json;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Checks a posted campaign interaction (origin, size, shape), matches it against the stored assignment of the request's
/// customer (never a customer the client names), records it on the exposure and tracks it as a custom event.
/// </summary>
/// <remarks>
/// The custom events are labelled <c>campaign-impression</c>, <c>campaign-click</c> and <c>campaign-dismiss</c>, with the
/// campaign as the entity and the variant as the value, so segments and the event log see them like any custom event.
/// </remarks>
public class CampaignInteractionService : ICampaignInteractionService
{
    #region Fields

    protected readonly ICampaignExposureService _campaignExposureService;
    protected readonly ITrackingService _trackingService;
    protected readonly IVisitorContext _visitorContext;
    protected readonly IWorkContext _workContext;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public CampaignInteractionService(ICampaignExposureService campaignExposureService,
        ITrackingService trackingService,
        IVisitorContext visitorContext,
        IWorkContext workContext,
        TimeProvider timeProvider)
    {
        _campaignExposureService = campaignExposureService;
        _trackingService = trackingService;
        _visitorContext = visitorContext;
        _workContext = workContext;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Reads the body, or says why it is not an interaction.</summary>
    protected static bool TryRead(ReadOnlySpan<byte> body, out (int CampaignId, int VariantId, CampaignInteraction Type) interaction, out string error)
    {
        interaction = default;
        error = "The body must be JSON with a campaignId, a variantId and a type (impression, click or dismiss).";
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("campaignId", out var campaign) || !campaign.TryGetInt32(out var campaignId)
                || !root.TryGetProperty("variantId", out var variant) || !variant.TryGetInt32(out var variantId)
                || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || !Enum.TryParse<CampaignInteraction>(type.GetString(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
                || int.TryParse(type.GetString(), out _))
                return false;

            interaction = (campaignId, variantId, kind);
            error = null;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    #endregion

    #region Methods

    /// <summary>
    /// Records an interaction of the current customer with a campaign message, when the customer has that very assignment
    /// </summary>
    /// <param name="body">The posted body, JSON: campaignId, variantId and type (impression, click or dismiss)</param>
    /// <param name="sameOrigin">Whether the request comes from a page of this store</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the outcome
    /// </returns>
    public virtual async Task<CampaignInteractionOutcome> RecordAsync(ReadOnlyMemory<byte> body, bool sameOrigin)
    {
        if (!sameOrigin)
            return new CampaignInteractionOutcome(403, "The request does not come from a page of this store.");
        if (body.Length > PersonalizationDefaults.CampaignInteractionMaxBytes)
            return new CampaignInteractionOutcome(413, $"The body is larger than {PersonalizationDefaults.CampaignInteractionMaxBytes} bytes.");
        if (!TryRead(body.Span, out var interaction, out var error))
            return new CampaignInteractionOutcome(400, error);

        var customer = await _workContext.GetCurrentCustomerAsync();
        if (customer == null || customer.IsSystemAccount)
            return new CampaignInteractionOutcome(404, "The visitor has no such campaign message.");
        var (_, sessionId) = await _visitorContext.GetIdsAsync();
        if (!await _campaignExposureService.RecordInteractionAsync(customer.Id, interaction.CampaignId, interaction.VariantId, interaction.Type,
                sessionId, _timeProvider.GetUtcNow().UtcDateTime))
            return new CampaignInteractionOutcome(404, "The visitor has no such campaign message.");

        await _trackingService.TrackAsync(TrackedEventType.Custom, interaction.CampaignId, interaction.VariantId,
            "campaign-" + interaction.Type.ToString().ToLowerInvariant());
        return CampaignInteractionOutcome.Recorded;
    }

    #endregion
}
