using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Plugin.Misc.Personalization.Models.Emails;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Maps between the flow editor's form and the engine flow, both ways, so every field survives a save and a reload.
/// </summary>
public static class EmailFlowFormMapping
{
    static string Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Fills the form's flow fields from an engine flow.</summary>
    /// <param name="model">The form</param>
    /// <param name="flow">The engine flow</param>
    /// <param name="toStoreTime">Converts a UTC time to the store's time zone</param>
    public static void Fill(EmailFlowModel model, EmailFlow flow, Func<DateTime?, DateTime?> toStoreTime)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(toStoreTime);

        var trigger = flow.Trigger ?? new EmailTrigger();
        model.Name = flow.Name;
        model.Trigger = new EmailTriggerModel
        {
            Kind = (int)trigger.Kind,
            CartIdleMinutes = trigger.CartIdleMinutes,
            BrowseIdleMinutes = trigger.BrowseIdleMinutes,
            MinimumViews = trigger.MinimumViews,
            DaysAfterOrder = trigger.DaysAfterOrder,
            DaysWithoutOrder = trigger.DaysWithoutOrder,
            SendOn = toStoreTime(trigger.SendOnUtc)
        };
        model.IncludeSegmentIds = (flow.IncludeSegmentIds ?? []).ToList();
        model.ExcludeSegmentIds = (flow.ExcludeSegmentIds ?? []).ToList();
        model.Steps = (flow.Steps ?? []).Select(step =>
        {
            var unit = EmailDelayUnits.Of(step.DelayMinutes);
            return new EmailStepModel
            {
                Delay = step.DelayMinutes / unit,
                DelayUnitMinutes = unit,
                TemplateSystemName = step.TemplateSystemName,
                Coupon = step.Coupon is { } coupon
                    ? new CampaignCouponModel { DiscountId = coupon.DiscountId, UniquePerVisitor = coupon.UniquePerVisitor, ValidDays = coupon.ValidDays }
                    : new CampaignCouponModel()
            };
        }).ToList();
        model.Variants = (flow.Variants ?? []).Select(variant => new EmailVariantModel
        {
            Id = variant.Id,
            Name = variant.Name,
            Weight = variant.Weight,
            TemplateSystemNames = (variant.TemplateSystemNames ?? []).Select(name => name ?? string.Empty).ToList()
        }).ToList();
        model.HoldoutPercent = flow.HoldoutPercent;
        model.AttributionDays = flow.AttributionDays;
        model.ReenrollAfterDays = flow.ReenrollAfterDays;
        var stop = flow.StopConditions ?? new EmailStopConditions();
        model.StopConditions = new EmailStopConditionsModel { OnPurchase = stop.OnPurchase, OnLeftSegment = stop.OnLeftSegment };
        //a flow without quiet hours or a cap shows the usual values, switched off, ready to turn on
        model.QuietHours = flow.QuietHours is { } quiet
            ? new EmailQuietHoursModel { Enabled = true, FromHour = quiet.FromHour, ToHour = quiet.ToHour }
            : new EmailQuietHoursModel { Enabled = false };
        model.Cap = flow.Cap is { } cap
            ? new EmailCapModel { Enabled = true, MaxEmails = cap.MaxEmails, Days = cap.Days }
            : new EmailCapModel { Enabled = false };
    }

    /// <summary>Gets the engine flow a posted form describes.</summary>
    /// <param name="model">The form</param>
    /// <param name="toUtc">Converts a time in the store's time zone to UTC</param>
    public static EmailFlowForm ToForm(EmailFlowModel model, Func<DateTime?, DateTime?> toUtc)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(toUtc);

        var trigger = model.Trigger ?? new EmailTriggerModel();
        var stop = model.StopConditions ?? new EmailStopConditionsModel();
        var steps = (model.Steps ?? new List<EmailStepModel>()).Select(step => step ?? new EmailStepModel()).Select(step => new EmailStep
        {
            //a forged unit counts as minutes; a product past int's range is refused by the engine's range check
            DelayMinutes = (int)Math.Clamp((long)step.Delay * (EmailDelayUnits.All.Contains(step.DelayUnitMinutes) ? step.DelayUnitMinutes : EmailDelayUnits.Minute),
                int.MinValue, int.MaxValue),
            TemplateSystemName = Blank(step.TemplateSystemName),
            Coupon = step.Coupon is { DiscountId: > 0 } coupon
                ? new CampaignCoupon { DiscountId = coupon.DiscountId, UniquePerVisitor = coupon.UniquePerVisitor, ValidDays = coupon.ValidDays }
                : null
        }).ToList();

        //a new variant gets the next id free in this flow; the ids of saved variants never change, so their results stay theirs
        var variantModels = (model.Variants ?? new List<EmailVariantModel>()).Select(variant => variant ?? new EmailVariantModel()).ToList();
        var nextId = variantModels.Select(variant => variant.Id).DefaultIfEmpty(0).Max() + 1;
        var variants = variantModels.Select(variant => new EmailVariant
        {
            Id = variant.Id > 0 ? variant.Id : nextId++,
            Name = Blank(variant.Name),
            Weight = variant.Weight,
            TemplateSystemNames = TemplateNames(variant.TemplateSystemNames, steps.Count)
        }).ToList();

        var flow = new EmailFlow
        {
            Id = model.Id,
            Name = Blank(model.Name),
            Trigger = new EmailTrigger
            {
                Kind = (EmailTriggerKind)trigger.Kind,
                CartIdleMinutes = trigger.CartIdleMinutes,
                BrowseIdleMinutes = trigger.BrowseIdleMinutes,
                MinimumViews = trigger.MinimumViews,
                DaysAfterOrder = trigger.DaysAfterOrder,
                DaysWithoutOrder = trigger.DaysWithoutOrder,
                SendOnUtc = toUtc(trigger.SendOn)
            },
            IncludeSegmentIds = (model.IncludeSegmentIds ?? new List<int>()).Distinct().ToList(),
            ExcludeSegmentIds = (model.ExcludeSegmentIds ?? new List<int>()).Distinct().ToList(),
            Steps = steps,
            Variants = variants,
            HoldoutPercent = model.HoldoutPercent,
            AttributionDays = model.AttributionDays,
            ReenrollAfterDays = model.ReenrollAfterDays,
            StopConditions = new EmailStopConditions { OnPurchase = stop.OnPurchase, OnLeftSegment = stop.OnLeftSegment },
            QuietHours = model.QuietHours is { Enabled: true } quiet ? new QuietHours { FromHour = quiet.FromHour, ToHour = quiet.ToHour } : null,
            Cap = model.Cap is { Enabled: true } cap ? new EmailFrequencyCap { MaxEmails = cap.MaxEmails, Days = cap.Days } : null
        };

        return new EmailFlowForm(flow, fromJson: false);
    }

    /// <summary>Gets a variant's templates for the flow's emails: blanks send the email's own, and nothing is kept past the last email or after the last chosen one.</summary>
    static List<string> TemplateNames(IList<string> names, int stepCount)
    {
        var list = (names ?? new List<string>()).Take(stepCount).Select(name => Blank(name) ?? string.Empty).ToList();
        while (list.Count > 0 && list[^1].Length == 0)
            list.RemoveAt(list.Count - 1);
        return list;
    }
}
