using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Segments;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// The merchant's on-site campaigns. The engine campaign is the truth: the listed columns (name, store, priority,
/// schedule) are copied from it on save, so they never disagree with what is served.
/// </summary>
public class CampaignService : ICampaignService
{
    #region Fields

    protected readonly IRepository<Campaign> _campaignRepository;
    protected readonly ICouponService _couponService;
    protected readonly IRepository<CampaignExposure> _exposureRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public CampaignService(IRepository<Campaign> campaignRepository,
        ICouponService couponService,
        IRepository<CampaignExposure> exposureRepository,
        TimeProvider timeProvider)
    {
        _campaignRepository = campaignRepository;
        _couponService = couponService;
        _exposureRepository = exposureRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gives every new variant an id no other variant of the campaign has: exposures record the variant by id.</summary>
    protected static EngineCampaign NumberVariants(EngineCampaign engineCampaign)
    {
        var variants = engineCampaign.Variants ?? [];
        var next = variants.Select(variant => variant?.Id ?? 0).DefaultIfEmpty(0).Max();
        return engineCampaign with { Variants = variants.Select(variant => variant is { Id: <= 0 } ? variant with { Id = ++next } : variant).ToList() };
    }

    /// <summary>Refuses coupons whose discount the store does not have or that needs no code, at the field of the variant's coupon.</summary>
    protected virtual async Task CheckCouponsAsync(EngineCampaign engineCampaign)
    {
        var errors = new List<CampaignIssue>();
        for (var v = 0; v < engineCampaign.Variants.Count; v++)
        {
            var variant = engineCampaign.Variants[v];
            foreach (var (property, message) in await _couponService.ValidateCouponAsync(variant.Coupon))
                errors.Add(new CampaignIssue(IssueSeverity.Error, $"{nameof(EngineCampaign.Variants)}[{v}].{nameof(CampaignVariant.Coupon)}.{property}",
                    $"Variant '{variant.Name}', coupon: {message}"));
        }

        if (errors.Count > 0)
            throw new CampaignValidationException(errors);
    }

    /// <summary>Refuses a campaign the engine or the store does not accept (with their messages); copies the listed columns from it and stores it sanitized.</summary>
    protected virtual async Task PrepareAsync(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (!Enum.IsDefined((CampaignStatus)campaign.StatusId))
            throw new CampaignValidationException($"Status: {campaign.StatusId} is not a campaign status.");
        if (!CampaignMapping.TryRead(campaign, out var engineCampaign, out var error))
            throw new CampaignValidationException(error);

        engineCampaign = NumberVariants(engineCampaign);
        var validation = CampaignValidator.Validate(engineCampaign, _timeProvider.GetUtcNow().UtcDateTime);
        if (!validation.IsValid)
            throw new CampaignValidationException(validation);
        await CheckCouponsAsync(engineCampaign);
        if (engineCampaign.Name.Trim().Length > CampaignTables.NameMaxLength)
            throw new CampaignValidationException($"Name: has more than {CampaignTables.NameMaxLength} characters.");

        var sanitized = CampaignValidator.Sanitize(engineCampaign with { Name = engineCampaign.Name.Trim() });
        campaign.Name = sanitized.Name;
        campaign.StoreId = sanitized.StoreId;
        campaign.Priority = sanitized.Priority;
        campaign.StartsOnUtc = sanitized.Schedule?.StartsOnUtc;
        campaign.EndsOnUtc = sanitized.Schedule?.EndsOnUtc;
        campaign.CampaignJson = CampaignMapping.Write(sanitized);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a campaign
    /// </summary>
    /// <param name="campaignId">Campaign identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the campaign; null when there is none
    /// </returns>
    public virtual async Task<Campaign> GetCampaignByIdAsync(int campaignId) =>
        campaignId > 0 ? (await _campaignRepository.GetAllAsync(query => query.Where(campaign => campaign.Id == campaignId))).FirstOrDefault() : null;

    /// <summary>
    /// Gets campaigns
    /// </summary>
    /// <param name="storeId">Store identifier; 0 to load all records, otherwise the store's and the all-stores campaigns</param>
    /// <param name="status">Status; null to load all</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the campaigns, by name
    /// </returns>
    public virtual async Task<IPagedList<Campaign>> GetAllCampaignsAsync(int storeId = 0, CampaignStatus? status = null, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _campaignRepository.GetAllPagedAsync(query =>
        {
            if (storeId > 0)
                query = query.Where(campaign => campaign.StoreId == storeId || campaign.StoreId == 0);
            if (status is { } wanted)
                query = query.Where(campaign => campaign.StatusId == (int)wanted);

            return query.OrderBy(campaign => campaign.Name).ThenBy(campaign => campaign.Id);
        }, pageIndex, pageSize);
    }

    /// <summary>
    /// Inserts a campaign after validating it; bodies are stored sanitized
    /// </summary>
    /// <param name="campaign">Campaign</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="CampaignValidationException">The campaign is not valid (the engine's messages, or a coupon's discount the store lacks)</exception>
    public virtual async Task InsertCampaignAsync(Campaign campaign)
    {
        await PrepareAsync(campaign);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        campaign.CreatedOnUtc = now;
        campaign.UpdatedOnUtc = now;
        await _campaignRepository.InsertAsync(campaign);
    }

    /// <summary>
    /// Updates a campaign after validating it; bodies are stored sanitized
    /// </summary>
    /// <param name="campaign">Campaign</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="CampaignValidationException">The campaign is not valid (the engine's messages, or a coupon's discount the store lacks)</exception>
    public virtual async Task UpdateCampaignAsync(Campaign campaign)
    {
        await PrepareAsync(campaign);
        campaign.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _campaignRepository.UpdateAsync(campaign);
    }

    /// <summary>
    /// Deletes a campaign with its exposures
    /// </summary>
    /// <param name="campaign">Campaign</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task DeleteCampaignAsync(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        await _exposureRepository.DeleteAsync(exposure => exposure.CampaignId == campaign.Id);
        await _campaignRepository.DeleteAsync(campaign);
    }

    #endregion
}
