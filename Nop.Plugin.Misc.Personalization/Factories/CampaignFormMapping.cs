using System.Globalization;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Segments;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Copies an engine campaign into the editor form and back. The form has the engine campaign's shape; what differs is
/// written here: IDs typed as comma-separated text, goal filters as fields, dates in the store's time zone, and
/// translations left blank, which are not stored.
/// </summary>
public static class CampaignFormMapping
{
    static string Ids(IEnumerable<int> ids) => string.Join(", ", (ids ?? []).Where(id => id > 0));

    //ids the merchant typed; a word that is no id is kept as -1, so the engine refuses it at its field instead of dropping it
    static List<int> ParseIds(string text) => (text ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(part => int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : -1)
        .ToList();

    static string Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>Fills the form from an engine campaign.</summary>
    /// <param name="model">The form</param>
    /// <param name="campaign">The engine campaign</param>
    /// <param name="toStoreTime">Converts a UTC time to the store's time zone</param>
    public static void Fill(CampaignModel model, EngineCampaign campaign, Func<DateTime?, DateTime?> toStoreTime)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(toStoreTime);
        model.Name = campaign.Name;
        model.StoreId = campaign.StoreId;
        model.Priority = campaign.Priority;
        model.IncludeSegmentIds = (campaign.IncludeSegmentIds ?? []).ToList();
        model.ExcludeSegmentIds = (campaign.ExcludeSegmentIds ?? []).ToList();
        model.AttributionDays = campaign.AttributionDays;
        model.HoldoutPercent = campaign.HoldoutPercent;

        var goal = campaign.Goal ?? new CampaignGoal();
        var filters = goal.Filters ?? new Dictionary<string, string>();
        string Filter(string name) => filters.TryGetValue(name, out var value) && value != "0" ? value : null;
        model.Goal = new CampaignGoalModel
        {
            Kind = (int)goal.Kind,
            MinimumOrderValue = goal.MinimumOrderValue,
            Event = goal.Event,
            Product = Filter(ConditionTypes.Product),
            Category = Filter(ConditionTypes.Category),
            IncludeSubcategories = Filter(ConditionTypes.IncludeSubcategories) != "false",
            Manufacturer = Filter(ConditionTypes.Manufacturer),
            Label = Filter(ConditionTypes.Label),
            LabelMatch = Filter(ConditionTypes.LabelMatch),
            MinValue = Filter(ConditionTypes.MinValue),
            MaxValue = Filter(ConditionTypes.MaxValue)
        };

        model.Variants = (campaign.Variants ?? []).Select(variant => new CampaignVariantModel
        {
            Id = variant.Id,
            Name = variant.Name,
            Weight = variant.Weight,
            CouponCode = variant.CouponCode,
            Coupon = variant.Coupon is { } coupon
                ? new CampaignCouponModel { DiscountId = coupon.DiscountId, UniquePerVisitor = coupon.UniquePerVisitor, ValidDays = coupon.ValidDays }
                : new CampaignCouponModel(),
            Copies = (variant.Copies ?? []).Select(copy => new CampaignCopyModel
            {
                LanguageId = copy.LanguageId,
                Title = copy.Title,
                BodyHtml = copy.BodyHtml,
                ImageUrl = copy.ImageUrl,
                CallToActionText = copy.CallToActionText,
                CallToActionUrl = copy.CallToActionUrl
            }).ToList()
        }).ToList();

        var delivery = campaign.Delivery ?? new CampaignDelivery();
        model.Delivery = new CampaignDeliveryModel
        {
            DelaySeconds = delivery.DelaySeconds,
            OnExitIntent = delivery.OnExitIntent,
            ScrollDepthPercent = delivery.ScrollDepthPercent,
            Dismissible = delivery.Dismissible,
            Cap = new CampaignCapModel { PerSession = delivery.Cap?.PerSession, PerDay = delivery.Cap?.PerDay, PerVisitor = delivery.Cap?.PerVisitor },
            Pages = (delivery.Pages ?? []).Select(page => new CampaignPageRuleModel
            {
                Kind = (int)page.Kind,
                Exclude = page.Exclude,
                PageTypes = (page.PageTypes ?? []).ToList(),
                Ids = Ids(page.Ids),
                IncludeSubcategories = page.IncludeSubcategories,
                UrlPattern = page.UrlPattern,
                UrlPatternIsRegex = page.UrlPatternIsRegex
            }).ToList()
        };

        var schedule = campaign.Schedule ?? new CampaignSchedule();
        model.Schedule = new CampaignScheduleModel
        {
            StartsOn = toStoreTime(schedule.StartsOnUtc),
            EndsOn = toStoreTime(schedule.EndsOnUtc),
            Days = (schedule.Days ?? []).Select(day => (int)day).ToList(),
            FromHour = schedule.FromHour,
            ToHour = schedule.ToHour
        };

        model.Presentation = new CampaignPresentationModel { Kind = (int)(campaign.Presentation?.Kind ?? PresentationKind.Modal), WidgetZone = campaign.Presentation?.WidgetZone };
    }

    /// <summary>Gets the engine campaign a posted form describes.</summary>
    /// <param name="model">The form</param>
    /// <param name="toUtc">Converts a time in the store's time zone to UTC</param>
    public static CampaignForm ToForm(CampaignModel model, Func<DateTime?, DateTime?> toUtc)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(toUtc);

        var goal = model.Goal ?? new CampaignGoalModel();
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        void Filter(string name, string value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                filters[name] = value.Trim();
        }
        Filter(ConditionTypes.Product, goal.Product);
        Filter(ConditionTypes.Category, goal.Category);
        if (!string.IsNullOrWhiteSpace(goal.Category))
            Filter(ConditionTypes.IncludeSubcategories, goal.IncludeSubcategories ? "true" : "false");
        Filter(ConditionTypes.Manufacturer, goal.Manufacturer);
        Filter(ConditionTypes.Label, goal.Label);
        if (!string.IsNullOrWhiteSpace(goal.Label))
            Filter(ConditionTypes.LabelMatch, goal.LabelMatch);
        Filter(ConditionTypes.MinValue, goal.MinValue);
        Filter(ConditionTypes.MaxValue, goal.MaxValue);
        var kind = (GoalKind)goal.Kind;

        //a translation left blank falls back to the standard copy entirely, so it is not stored
        var copyIndexes = new List<IReadOnlyList<int>>();
        var variants = new List<CampaignVariant>();
        foreach (var variant in model.Variants ?? new List<CampaignVariantModel>())
        {
            var indexes = new List<int>();
            var copies = new List<CampaignCopy>();
            var formCopies = variant.Copies ?? new List<CampaignCopyModel>();
            for (var i = 0; i < formCopies.Count; i++)
            {
                var copy = formCopies[i];
                var blank = string.IsNullOrWhiteSpace(copy.Title) && string.IsNullOrWhiteSpace(copy.BodyHtml) && string.IsNullOrWhiteSpace(copy.ImageUrl)
                    && string.IsNullOrWhiteSpace(copy.CallToActionText) && string.IsNullOrWhiteSpace(copy.CallToActionUrl);
                if (blank && copy.LanguageId != 0)
                    continue;
                indexes.Add(i);
                copies.Add(new CampaignCopy
                {
                    LanguageId = copy.LanguageId,
                    Title = Blank(copy.Title)?.Trim(),
                    BodyHtml = Blank(copy.BodyHtml),
                    ImageUrl = Blank(copy.ImageUrl)?.Trim(),
                    CallToActionText = Blank(copy.CallToActionText)?.Trim(),
                    CallToActionUrl = Blank(copy.CallToActionUrl)?.Trim()
                });
            }
            copyIndexes.Add(indexes);
            variants.Add(new CampaignVariant
            {
                Id = variant.Id,
                Name = Blank(variant.Name)?.Trim(),
                Weight = variant.Weight,
                CouponCode = Blank(variant.CouponCode)?.Trim(),
                Coupon = variant.Coupon is { DiscountId: > 0 } coupon
                    ? new CampaignCoupon { DiscountId = coupon.DiscountId, UniquePerVisitor = coupon.UniquePerVisitor, ValidDays = coupon.ValidDays }
                    : null,
                Copies = copies
            });
        }

        var delivery = model.Delivery ?? new CampaignDeliveryModel();
        var schedule = model.Schedule ?? new CampaignScheduleModel();
        var presentation = model.Presentation ?? new CampaignPresentationModel();
        var campaign = new EngineCampaign
        {
            Id = model.Id,
            Name = Blank(model.Name)?.Trim(),
            StoreId = model.StoreId,
            Priority = model.Priority,
            IncludeSegmentIds = (model.IncludeSegmentIds ?? new List<int>()).Distinct().ToList(),
            ExcludeSegmentIds = (model.ExcludeSegmentIds ?? new List<int>()).Distinct().ToList(),
            Goal = kind == GoalKind.OrderPlaced
                ? new CampaignGoal { Kind = kind, MinimumOrderValue = goal.MinimumOrderValue }
                : new CampaignGoal { Kind = kind, Event = Blank(goal.Event), Filters = filters },
            AttributionDays = model.AttributionDays,
            HoldoutPercent = model.HoldoutPercent,
            Variants = variants,
            Delivery = new CampaignDelivery
            {
                DelaySeconds = delivery.DelaySeconds,
                OnExitIntent = delivery.OnExitIntent,
                ScrollDepthPercent = delivery.ScrollDepthPercent,
                Dismissible = delivery.Dismissible,
                Cap = new FrequencyCap { PerSession = delivery.Cap?.PerSession, PerDay = delivery.Cap?.PerDay, PerVisitor = delivery.Cap?.PerVisitor },
                Pages = (delivery.Pages ?? new List<CampaignPageRuleModel>()).Select(page => new PageTarget
                {
                    Kind = (PageTargetKind)page.Kind,
                    Exclude = page.Exclude,
                    PageTypes = (PageTargetKind)page.Kind == PageTargetKind.PageType ? (page.PageTypes ?? new List<string>()).ToList() : [],
                    Ids = (PageTargetKind)page.Kind is PageTargetKind.Category or PageTargetKind.Product ? ParseIds(page.Ids) : [],
                    IncludeSubcategories = page.IncludeSubcategories,
                    UrlPattern = (PageTargetKind)page.Kind == PageTargetKind.Url ? Blank(page.UrlPattern)?.Trim() : null,
                    UrlPatternIsRegex = (PageTargetKind)page.Kind == PageTargetKind.Url && page.UrlPatternIsRegex
                }).ToList()
            },
            Schedule = new CampaignSchedule
            {
                StartsOnUtc = toUtc(schedule.StartsOn),
                EndsOnUtc = toUtc(schedule.EndsOn),
                Days = (schedule.Days ?? new List<int>()).Select(day => (DayOfWeek)day).ToList(),
                FromHour = schedule.FromHour,
                ToHour = schedule.ToHour
            },
            Presentation = new CampaignPresentation
            {
                Kind = (PresentationKind)presentation.Kind,
                WidgetZone = (PresentationKind)presentation.Kind == PresentationKind.Inline ? Blank(presentation.WidgetZone)?.Trim() : null
            }
        };

        return new CampaignForm(campaign, copyIndexes);
    }
}
