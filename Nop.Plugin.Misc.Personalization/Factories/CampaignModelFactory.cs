using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Domain.Shipping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Catalog;
using Nop.Services.Discounts;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Framework.Models;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Content;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the campaign pages
/// </summary>
public class CampaignModelFactory : ICampaignModelFactory
{
    /// <summary>The first name the preview fills in.</summary>
    public const string SampleFirstName = "Alex";

    /// <summary>The cart value the preview fills in, in the primary currency.</summary>
    public const decimal SampleCartValue = 64m;

    /// <summary>The coupon code the preview shows for a variant whose code comes from a discount.</summary>
    public const string SampleCouponCode = "SAMPLE-CODE";

    #region Fields

    protected readonly ICampaignResultService _campaignResultService;
    protected readonly ICampaignService _campaignService;
    protected readonly IDateTimeHelper _dateTimeHelper;
    protected readonly IDiscountService _discountService;
    protected readonly ILanguageService _languageService;
    protected readonly ILocalizationService _localizationService;
    protected readonly IPriceFormatter _priceFormatter;
    protected readonly ISegmentService _segmentService;
    protected readonly IStoreService _storeService;
    protected readonly ShippingSettings _shippingSettings;

    #endregion

    #region Ctor

    public CampaignModelFactory(ICampaignResultService campaignResultService,
        ICampaignService campaignService,
        IDateTimeHelper dateTimeHelper,
        IDiscountService discountService,
        ILanguageService languageService,
        ILocalizationService localizationService,
        IPriceFormatter priceFormatter,
        ISegmentService segmentService,
        IStoreService storeService,
        ShippingSettings shippingSettings)
    {
        _campaignResultService = campaignResultService;
        _campaignService = campaignService;
        _dateTimeHelper = dateTimeHelper;
        _discountService = discountService;
        _languageService = languageService;
        _localizationService = localizationService;
        _priceFormatter = priceFormatter;
        _segmentService = segmentService;
        _storeService = storeService;
        _shippingSettings = shippingSettings;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the resource key of a status's name.</summary>
    public static string StatusResourceKey(CampaignStatus status) => $"Plugins.Misc.Personalization.Campaigns.Status.{status}";

    /// <summary>Gets the resource key of a presentation's name.</summary>
    public static string PresentationResourceKey(PresentationKind kind) => $"Plugins.Misc.Personalization.Campaigns.Presentation.{kind}";

    /// <summary>Gets the resource key of a goal kind's name.</summary>
    public static string GoalKindResourceKey(GoalKind kind) => $"Plugins.Misc.Personalization.Campaigns.GoalKind.{kind}";

    /// <summary>Gets the resource key of a page rule kind's name.</summary>
    public static string PageRuleKindResourceKey(PageTargetKind kind) => $"Plugins.Misc.Personalization.Campaigns.PageRuleKind.{kind}";

    /// <summary>Gets the resource key of a template's description.</summary>
    public static string TemplateDescriptionResourceKey(string key) => $"Plugins.Misc.Personalization.Campaigns.Templates.{key}";

    /// <summary>Gets the free-shipping threshold the upsell template names: the store's, when it ships free over an amount.</summary>
    protected virtual decimal FreeShippingFrom =>
        _shippingSettings.FreeShippingOverXEnabled && _shippingSettings.FreeShippingOverXValue > 0 ? _shippingSettings.FreeShippingOverXValue : CampaignTemplateGallery.DefaultFreeShippingFrom;

    protected virtual void SetGridPageSize(BaseSearchModel searchModel) => searchModel.SetGridPageSize();

    protected virtual DateTime? ToStoreTime(DateTime? utc) => _dateTimeHelper.ToStoreTime(utc);

    protected virtual DateTime? ToUtc(DateTime? storeTime) => _dateTimeHelper.ToUtc(storeTime);

    /// <summary>Fills the form from an engine campaign, its dates in the store's time zone.</summary>
    protected virtual void Fill(CampaignModel model, EngineCampaign campaign) => CampaignFormMapping.Fill(model, campaign, ToStoreTime);

    /// <summary>Gives every variant a tab per language: the standard copy first, then each of the store's languages, then any copy of a language since removed.</summary>
    protected virtual async Task PrepareCopiesAsync(CampaignModel model)
    {
        var languages = await _languageService.GetAllLanguagesAsync(showHidden: true);
        var standard = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Copy.Standard");
        foreach (var variant in model.Variants)
        {
            var copies = variant.Copies ?? new List<CampaignCopyModel>();
            var ordered = new List<CampaignCopyModel> { copies.FirstOrDefault(copy => copy.LanguageId == 0) ?? new CampaignCopyModel() };
            ordered[0].LanguageName = standard;
            foreach (var language in languages)
            {
                var copy = copies.FirstOrDefault(copy => copy.LanguageId == language.Id) ?? new CampaignCopyModel { LanguageId = language.Id };
                copy.LanguageName = language.Name;
                ordered.Add(copy);
            }
            foreach (var orphan in copies.Where(copy => copy.LanguageId != 0 && languages.All(language => language.Id != copy.LanguageId)))
            {
                orphan.LanguageName = "#" + orphan.LanguageId.ToString(CultureInfo.InvariantCulture);
                ordered.Add(orphan);
            }
            variant.Copies = ordered;
            variant.Coupon ??= new CampaignCouponModel();
        }
    }

    protected virtual async Task PrepareSelectListsAsync(CampaignModel model)
    {
        foreach (var status in Enum.GetValues<CampaignStatus>())
            model.AvailableStatuses.Add(new SelectListItem(await _localizationService.GetResourceAsync(StatusResourceKey(status)), ((int)status).ToString(CultureInfo.InvariantCulture)));

        model.AvailableStores.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            model.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture)));

        await EditorChoices.AddSegmentsAsync(model.AvailableSegments, _segmentService, _localizationService);

        foreach (var kind in Enum.GetValues<GoalKind>())
            model.AvailableGoalKinds.Add(new SelectListItem(await _localizationService.GetResourceAsync(GoalKindResourceKey(kind)), ((int)kind).ToString(CultureInfo.InvariantCulture)));

        var eventTypes = Enum.GetValues<TrackedEventType>();
        for (var i = 0; i < eventTypes.Length; i++)
            model.AvailableEvents.Add(new SelectListItem(await _localizationService.GetResourceAsync(EventModelFactory.EventTypeResourceKey(eventTypes[i])), ConditionTypes.EventNames[i]));

        model.AvailableLabelMatches.Add(new SelectListItem(string.Empty, string.Empty));
        foreach (var match in new[] { ConditionTypes.LabelEquals, Comparison.Contains, Comparison.StartsWith })
            model.AvailableLabelMatches.Add(new SelectListItem(await _localizationService.GetResourceAsync(SegmentModelFactory.ChoiceResourceKey(match)), match));

        foreach (var kind in Enum.GetValues<PresentationKind>())
            model.AvailablePresentations.Add(new SelectListItem(await _localizationService.GetResourceAsync(PresentationResourceKey(kind)), ((int)kind).ToString(CultureInfo.InvariantCulture)));

        foreach (var kind in Enum.GetValues<PageTargetKind>())
            model.AvailablePageRuleKinds.Add(new SelectListItem(await _localizationService.GetResourceAsync(PageRuleKindResourceKey(kind)), ((int)kind).ToString(CultureInfo.InvariantCulture)));

        foreach (var pageType in ConditionTypes.PageTypes)
            model.AvailablePageTypes.Add(new SelectListItem(await _localizationService.GetResourceAsync(SegmentModelFactory.ChoiceResourceKey(pageType)), pageType));

        var dayNames = CultureInfo.CurrentUICulture.DateTimeFormat.DayNames;
        foreach (var day in Enum.GetValues<DayOfWeek>())
            model.AvailableDays.Add(new SelectListItem(dayNames[(int)day], ((int)day).ToString(CultureInfo.InvariantCulture)));

        await EditorChoices.AddCouponDiscountsAsync(model.AvailableDiscounts, _discountService, _localizationService);

        model.TimeZoneName = _dateTimeHelper.DefaultStoreTimeZone?.DisplayName;
    }

    /// <summary>Gets the conversion rate of the best variant against control's, in words; null before any exposure.</summary>
    protected virtual async Task<string> PrepareHeadlineAsync(CampaignResult result)
    {
        var report = result.Report;
        if (report.Control.Visitors == 0 && report.Variants.All(variant => variant.Arm.Visitors == 0))
            return null;

        var best = report.Variants.FirstOrDefault(variant => variant.Arm.Name == report.Verdict.VariantName)
            ?? report.Variants.OrderByDescending(variant => variant.Arm.ConversionRate.Estimate).FirstOrDefault();
        if (best == null)
            return null;

        return string.Format(CultureInfo.CurrentCulture, await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Headline"),
            best.Arm.Name, best.Arm.ConversionRate.Estimate.ToString("P1", CultureInfo.CurrentCulture), report.Control.ConversionRate.Estimate.ToString("P1", CultureInfo.CurrentCulture));
    }

    protected virtual async Task<string> PrepareScheduleTextAsync(Campaign campaign)
    {
        if (campaign.StartsOnUtc == null && campaign.EndsOnUtc == null)
            return await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Schedule.Always");

        static string Format(DateTime? value) => value?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "…";
        return $"{Format(ToStoreTime(campaign.StartsOnUtc))} – {Format(ToStoreTime(campaign.EndsOnUtc))}";
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the campaign list page: grid filters and templates
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    public virtual async Task<CampaignSearchModel> PrepareCampaignSearchModelAsync(CampaignSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.AvailableStatuses.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "-1"));
        foreach (var status in Enum.GetValues<CampaignStatus>())
            searchModel.AvailableStatuses.Add(new SelectListItem(await _localizationService.GetResourceAsync(StatusResourceKey(status)), ((int)status).ToString(CultureInfo.InvariantCulture)));
        searchModel.AvailableStores.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            searchModel.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture)));

        var segments = await _segmentService.GetAllSegmentsAsync();
        foreach (var template in CampaignTemplateGallery.All(FreeShippingFrom))
        {
            searchModel.AvailableTemplates.Add(new CampaignTemplateModel
            {
                Key = template.Key,
                Name = template.Name,
                Description = await _localizationService.GetResourceAsync(TemplateDescriptionResourceKey(template.Key)),
                SegmentName = segments.FirstOrDefault(segment => segment.TemplateKey == template.SegmentTemplateKey)?.Name
            });
        }

        SetGridPageSize(searchModel);
        return searchModel;
    }

    /// <summary>
    /// Prepares one page of the campaign grid, with each campaign's headline result
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page
    /// </returns>
    public virtual async Task<CampaignListModel> PrepareCampaignListModelAsync(CampaignSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var pageSize = Math.Max(searchModel.Length, 1);
        CampaignStatus? status = Enum.IsDefined((CampaignStatus)searchModel.SearchStatusId) ? (CampaignStatus)searchModel.SearchStatusId : null;
        var campaigns = await _campaignService.GetAllCampaignsAsync(Math.Max(searchModel.SearchStoreId, 0), status, searchModel.Start / pageSize, pageSize);
        var results = await _campaignResultService.GetResultsAsync(campaigns.ToList());
        var stores = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        var all = await _localizationService.GetResourceAsync("Admin.Common.All");

        var rows = new List<CampaignListItemModel>(campaigns.Count);
        foreach (var campaign in campaigns)
        {
            var row = new CampaignListItemModel
            {
                Id = campaign.Id,
                Name = campaign.Name,
                StatusId = campaign.StatusId,
                StatusName = await _localizationService.GetResourceAsync(StatusResourceKey((CampaignStatus)campaign.StatusId)),
                StoreName = campaign.StoreId == 0 ? all : stores.GetValueOrDefault(campaign.StoreId),
                ScheduleText = await PrepareScheduleTextAsync(campaign)
            };
            if (CampaignMapping.TryRead(campaign, out var engineCampaign, out _))
                row.PresentationName = await _localizationService.GetResourceAsync(PresentationResourceKey(engineCampaign.Presentation?.Kind ?? PresentationKind.Modal));
            if (results.TryGetValue(campaign.Id, out var result))
            {
                row.Exposed = result.Arms.Sum(arm => arm.Visitors);
                row.ConversionText = await PrepareHeadlineAsync(result);
                row.Verdict = result.Report.Verdict.Text;
            }
            rows.Add(row);
        }

        return new CampaignListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = campaigns.TotalCount,
            RecordsFiltered = campaigns.TotalCount
        };
    }

    /// <summary>
    /// Prepares the create/edit form
    /// </summary>
    /// <param name="model">Campaign model; null to start a new one</param>
    /// <param name="campaign">Campaign; null to create one</param>
    /// <param name="templateKey">Template a new campaign starts from; null to start with one empty variant</param>
    /// <param name="excludeProperties">Whether to keep the posted values rather than load the campaign's</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    public virtual async Task<CampaignModel> PrepareCampaignModelAsync(CampaignModel model, Campaign campaign, string templateKey = null, bool excludeProperties = false)
    {
        model ??= new CampaignModel();

        if (campaign != null && !excludeProperties)
        {
            model.Id = campaign.Id;
            model.StatusId = campaign.StatusId;
            if (CampaignMapping.TryRead(campaign, out var engineCampaign, out var error))
            {
                Fill(model, engineCampaign);
                model.Warnings = CampaignValidator.Validate(engineCampaign).Warnings.Select(issue => issue.Message).ToList();
            }
            else
                model.Warnings.Add(error);
        }
        else if (campaign == null && !excludeProperties)
        {
            //a template opens unsaved, aimed at the segment made from its segment template when there is one
            var template = CampaignTemplateGallery.Find(templateKey, FreeShippingFrom);
            var start = new EngineCampaign
            {
                Variants = [new CampaignVariant { Name = "A", Copies = [new CampaignCopy()] }],
                Goal = new CampaignGoal { Kind = GoalKind.OrderPlaced }
            };
            if (template != null)
            {
                var segment = (await _segmentService.GetAllSegmentsAsync()).FirstOrDefault(segment => segment.TemplateKey == template.SegmentTemplateKey);
                start = segment == null ? template.Campaign : template.ForSegment(segment.Id);
                model.TemplateKey = template.Key;
            }
            Fill(model, start);
            model.StatusId = (int)CampaignStatus.Draft;
        }

        model.Goal ??= new CampaignGoalModel();
        model.Delivery ??= new CampaignDeliveryModel();
        model.Delivery.Cap ??= new CampaignCapModel();
        model.Delivery.Pages ??= new List<CampaignPageRuleModel>();
        model.Schedule ??= new CampaignScheduleModel();
        model.Presentation ??= new CampaignPresentationModel();
        model.Variants ??= new List<CampaignVariantModel>();
        await PrepareCopiesAsync(model);
        await PrepareSelectListsAsync(model);
        return model;
    }

    /// <summary>
    /// Gets the engine campaign a posted form describes, its dates converted from the store's time zone to UTC
    /// </summary>
    /// <param name="model">Campaign model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the campaign and the way from the engine's property paths back to the form's fields
    /// </returns>
    public virtual Task<CampaignForm> PrepareCampaignFormAsync(CampaignModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Task.FromResult(CampaignFormMapping.ToForm(model, ToUtc));
    }

    /// <summary>
    /// Prepares the live preview of one variant of a posted form, rendered as the storefront renders it, with sample token values
    /// </summary>
    /// <param name="model">Campaign model</param>
    /// <param name="variantIndex">The variant's index in the form</param>
    /// <param name="languageId">The copy's language; 0 for the standard copy</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the preview
    /// </returns>
    public virtual async Task<CampaignPreviewModel> PrepareCampaignPreviewModelAsync(CampaignModel model, int variantIndex, int languageId)
    {
        ArgumentNullException.ThrowIfNull(model);

        var form = await PrepareCampaignFormAsync(model);
        var campaign = form.Campaign;
        if (variantIndex < 0 || variantIndex >= campaign.Variants.Count)
            return new CampaignPreviewModel { Error = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Preview.NoVariant") };

        var variant = campaign.Variants[variantIndex];
        var standard = variant.Copies.FirstOrDefault(copy => copy.LanguageId == 0) ?? new CampaignCopy();
        var translation = variant.Copies.FirstOrDefault(copy => copy.LanguageId == languageId && languageId != 0);
        //a code issued from a discount exists only on the storefront; the preview shows a stand-in
        var couponCode = variant.CouponCode ?? (variant.Coupon is { DiscountId: > 0 } ? SampleCouponCode : null);

        var tokens = new TokenValues
        {
            FirstName = SampleFirstName,
            CartValue = await _priceFormatter.FormatPriceAsync(SampleCartValue),
            FreeShippingLeft = await _priceFormatter.FormatPriceAsync(Math.Max(FreeShippingFrom - SampleCartValue, 0m))
        };
        var sampleValues = string.Format(CultureInfo.CurrentCulture, await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Preview.SampleValues"),
            tokens.FirstName, tokens.CartValue, tokens.FreeShippingLeft, couponCode ?? "-");

        try
        {
            //compiled exactly as the storefront compiles a stored variant: merged with the standard copy, sanitized, tokens parsed
            var copy = CompiledCopy.Compile(standard, translation, couponCode).Render(tokens);
            var delivery = campaign.Delivery;
            return new CampaignPreviewModel
            {
                Message = new CampaignMessage(model.Id, variant.Id, campaign.Presentation.Kind, delivery.DelaySeconds, delivery.OnExitIntent,
                    delivery.ScrollDepthPercent, delivery.Dismissible, copy),
                SampleValues = sampleValues
            };
        }
        catch (FormatException exception)
        {
            var issues = CampaignValidator.Validate(campaign).Errors.Where(issue => issue.Field.StartsWith($"Variants[{variantIndex}]", StringComparison.Ordinal)).ToList();
            return new CampaignPreviewModel { Error = issues.Count > 0 ? string.Join(" ", issues.Select(issue => issue.Message)) : exception.Message, SampleValues = sampleValues };
        }
    }

    /// <summary>
    /// Prepares the results page of a campaign
    /// </summary>
    /// <param name="campaign">Campaign</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    public virtual async Task<CampaignResultsModel> PrepareCampaignResultsModelAsync(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);

        var model = new CampaignResultsModel
        {
            Id = campaign.Id,
            Name = campaign.Name,
            StatusName = await _localizationService.GetResourceAsync(StatusResourceKey((CampaignStatus)campaign.StatusId))
        };
        if (!(await _campaignResultService.GetResultsAsync([campaign])).TryGetValue(campaign.Id, out var result))
            return model;

        var report = result.Report;
        model.Verdict = report.Verdict.Text;
        model.SampleRatioMismatch = report.SampleRatioMismatch;
        model.SampleRatioPValue = report.SampleRatioPValue;
        model.Days = result.Days.Select(day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

        for (var i = 0; i < result.Arms.Count; i++)
        {
            var counts = result.Arms[i];
            var own = i == 0 ? report.Control : report.Variants[i - 1].Arm;
            var versus = i == 0 ? null : report.Variants[i - 1];
            var row = ExperimentResultMapping.ToRow(own, versus,
                i == 0 ? await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Campaigns.Results.Control") : own.Name);
            row.Shown = counts.Shown;
            row.Clicks = counts.Clicks;
            row.ClickThroughRate = counts.Shown == 0 ? null : (double)counts.Clicks / counts.Shown;
            model.Arms.Add(row);

            //the chart: new visitors per day and the conversion rate of everyone exposed so far
            var visitors = result.DailyVisitors[i];
            var conversions = result.DailyConversions[i];
            var rates = new double?[visitors.Length];
            long seen = 0, converted = 0;
            for (var day = 0; day < visitors.Length; day++)
            {
                seen += visitors[day];
                converted += conversions[day];
                rates[day] = seen == 0 ? null : (double)converted / seen;
            }
            model.DailyExposed.Add(visitors);
            model.CumulativeConversionRate.Add(rates);
        }

        return model;
    }

    #endregion
}
