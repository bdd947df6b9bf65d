using System.Globalization;
using Microsoft.AspNetCore.Http;
using Nop.Core;
using Nop.Services.Security;
using Personalization.Engine.Campaigns.Content;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Reads the preview query parameter and, for a customer holding the plugin's permission only, renders the named variant
/// of the stored campaign (draft or paused alike) as the storefront renders a decided one. Nothing is decided and
/// nothing is recorded, so the preview changes no result; the permission check stands in for a signature, since the
/// parameter grants nothing to anyone else.
/// </summary>
public class CampaignPreviewService : ICampaignPreviewService
{
    #region Fields

    protected readonly ICampaignService _campaignService;
    protected readonly IHttpContextAccessor _httpContextAccessor;
    protected readonly IPermissionService _permissionService;
    protected readonly IWorkContext _workContext;

    #endregion

    #region Ctor

    public CampaignPreviewService(ICampaignService campaignService,
        IHttpContextAccessor httpContextAccessor,
        IPermissionService permissionService,
        IWorkContext workContext)
    {
        _campaignService = campaignService;
        _httpContextAccessor = httpContextAccessor;
        _permissionService = permissionService;
        _workContext = workContext;
    }

    #endregion

    #region Utilities

    /// <summary>Reads "campaign-variant" from the query; false when the request asks for no preview.</summary>
    protected virtual bool TryReadRequest(out int campaignId, out int variantId)
    {
        campaignId = variantId = 0;
        var value = _httpContextAccessor.HttpContext?.Request.Query[PersonalizationDefaults.CampaignPreviewQueryParameter].ToString();
        if (string.IsNullOrEmpty(value) || value.Length > 30)
            return false;
        var parts = value.Split('-');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out campaignId) && campaignId > 0
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out variantId) && variantId > 0;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the message the current request asks to preview, when the current customer may manage personalization
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the message, shown at once; null when the request asks for none, the customer may not
    /// preview, or there is no such campaign and variant
    /// </returns>
    public virtual async Task<CampaignMessage> GetPreviewMessageAsync()
    {
        if (!TryReadRequest(out var campaignId, out var variantId))
            return null;
        if (!await _permissionService.AuthorizeAsync(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION))
            return null;

        var campaign = await _campaignService.GetCampaignByIdAsync(campaignId);
        if (campaign == null || !CampaignMapping.TryRead(campaign, out var engineCampaign, out _))
            return null;
        var variant = engineCampaign.Variants?.FirstOrDefault(candidate => candidate.Id == variantId);
        var standard = variant?.Copies?.FirstOrDefault(copy => copy.LanguageId == 0);
        if (standard == null)
            return null;

        var language = await _workContext.GetWorkingLanguageAsync();
        var translation = variant.Copies.FirstOrDefault(copy => copy.LanguageId == language?.Id && copy.LanguageId != 0);
        RenderedCopy copy;
        try
        {
            //tokens show their fallbacks: the preview is about the copy, not about the merchant's own cart
            copy = CompiledCopy.Compile(standard, translation, variant.CouponCode).Render(TokenValues.None);
        }
        catch (FormatException)
        {
            return null;
        }

        //shown at once: the preview should not wait for a delay, a scroll or the pointer leaving
        return new CampaignMessage(campaign.Id, variant.Id, engineCampaign.Presentation?.Kind ?? default, 0, false, 0, engineCampaign.Delivery?.Dismissible ?? true, copy);
    }

    #endregion
}
