using System.Globalization;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Emails;

/// <summary>
/// Checks an email flow and says precisely what is wrong: which field (as a model binder names it), why, and what would be accepted.
/// </summary>
public static class EmailFlowValidator
{
    /// <summary>Most emails in a flow.</summary>
    public const int MaxSteps = 10;

    /// <summary>Longest wait before an email, in minutes (90 days).</summary>
    public const int MaxDelayMinutes = 90 * 24 * 60;

    /// <summary>Longest system name of a message template (nopCommerce's column).</summary>
    public const int TemplateNameMaxLength = 200;

    /// <summary>Validates a flow; the issues use the campaigns' issue shape.</summary>
    /// <param name="flow">The flow.</param>
    /// <param name="nowUtc">Now, to warn about a broadcast time already past; null to skip that warning.</param>
    public static CampaignValidationResult Validate(EmailFlow flow, DateTime? nowUtc = null)
    {
        var issues = new List<CampaignIssue>();
        if (flow == null)
        {
            issues.Add(new CampaignIssue(IssueSeverity.Error, string.Empty, "There is no flow."));
            return new CampaignValidationResult(issues);
        }

        void Error(string field, string message) => issues.Add(new CampaignIssue(IssueSeverity.Error, field, message));
        void Warn(string field, string message) => issues.Add(new CampaignIssue(IssueSeverity.Warning, field, message));

        if (string.IsNullOrWhiteSpace(flow.Name))
            Error(nameof(EmailFlow.Name), "Name: is required.");
        CheckTrigger(flow, nowUtc, Error, Warn);
        CheckSegments(flow, Error);
        CheckSteps(flow.Steps ?? [], Error);
        CheckVariants(flow, Error);
        if (flow.HoldoutPercent is < 0 or > CampaignValidator.MaxHoldoutPercent)
            Error(nameof(EmailFlow.HoldoutPercent), $"Holdout: must be between 0 and {CampaignValidator.MaxHoldoutPercent} %; got {Number(flow.HoldoutPercent)} %.");
        else if (flow.HoldoutPercent == 0)
            Warn(nameof(EmailFlow.HoldoutPercent), "Holdout: with no customers held out the flow cannot be measured against sending nothing.");
        if (flow.AttributionDays is < 1 or > CampaignValidator.MaxAttributionDays)
            Error(nameof(EmailFlow.AttributionDays), $"Attribution window: must be 1 to {CampaignValidator.MaxAttributionDays} days; got {flow.AttributionDays}.");
        if (flow.ReenrollAfterDays is < 0 or > 365)
            Error(nameof(EmailFlow.ReenrollAfterDays), $"Enter again after: must be 0 (never) to 365 days; got {flow.ReenrollAfterDays}.");
        if (flow.QuietHours is { } quiet)
        {
            if (quiet.FromHour is < 0 or > 23)
                Error($"{nameof(EmailFlow.QuietHours)}.{nameof(QuietHours.FromHour)}", $"Quiet hours, from: must be 0 to 23; got {quiet.FromHour}.");
            if (quiet.ToHour is < 0 or > 23)
                Error($"{nameof(EmailFlow.QuietHours)}.{nameof(QuietHours.ToHour)}", $"Quiet hours, to: must be 0 to 23; got {quiet.ToHour}.");
            if (quiet.FromHour == quiet.ToHour)
                Error($"{nameof(EmailFlow.QuietHours)}.{nameof(QuietHours.ToHour)}", $"Quiet hours: from {quiet.FromHour} to {quiet.ToHour} is empty; to cross midnight give a to-hour below the from-hour (21 to 8), or turn quiet hours off.");
        }

        if (flow.Cap is { } cap)
        {
            if (cap.MaxEmails is < 1 or > 100)
                Error($"{nameof(EmailFlow.Cap)}.{nameof(EmailFrequencyCap.MaxEmails)}", $"Frequency cap: must allow 1 to 100 emails; got {cap.MaxEmails}.");
            if (cap.Days is < 1 or > 90)
                Error($"{nameof(EmailFlow.Cap)}.{nameof(EmailFrequencyCap.Days)}", $"Frequency cap window: must be 1 to 90 days; got {cap.Days}.");
        }

        return new CampaignValidationResult(issues);
    }

    static void CheckTrigger(EmailFlow flow, DateTime? nowUtc, Action<string, string> error, Action<string, string> warn)
    {
        const string field = nameof(EmailFlow.Trigger) + ".";
        var trigger = flow.Trigger;
        if (trigger == null)
        {
            error(nameof(EmailFlow.Trigger), "Trigger: is required.");
            return;
        }

        switch (trigger.Kind)
        {
            case EmailTriggerKind.CartAbandonment:
                Range(trigger.CartIdleMinutes, 15, 10080, field + nameof(EmailTrigger.CartIdleMinutes), "Trigger, cart idle time", "minutes", error);
                break;
            case EmailTriggerKind.BrowseAbandonment:
                Range(trigger.BrowseIdleMinutes, 15, 10080, field + nameof(EmailTrigger.BrowseIdleMinutes), "Trigger, browse idle time", "minutes", error);
                Range(trigger.MinimumViews, 1, 100, field + nameof(EmailTrigger.MinimumViews), "Trigger, product views", "views", error);
                break;
            case EmailTriggerKind.PostPurchase:
                Range(trigger.DaysAfterOrder, 0, 365, field + nameof(EmailTrigger.DaysAfterOrder), "Trigger, days after the order", "days", error);
                break;
            case EmailTriggerKind.WinBack:
                Range(trigger.DaysWithoutOrder, 7, 1095, field + nameof(EmailTrigger.DaysWithoutOrder), "Trigger, days without an order", "days", error);
                break;
            case EmailTriggerKind.SegmentBroadcast:
                if (trigger.SendOnUtc == null)
                    error(field + nameof(EmailTrigger.SendOnUtc), "Trigger, send time: a broadcast needs the time it goes out.");
                else if (trigger.SendOnUtc.Value.Kind == DateTimeKind.Local)
                    error(field + nameof(EmailTrigger.SendOnUtc), "Trigger, send time: must be given in UTC, not in the server's local time.");
                else if (nowUtc is { } now && trigger.SendOnUtc.Value.Add(EmailPlanner.LateLimit) < now)
                    warn(field + nameof(EmailTrigger.SendOnUtc), $"Trigger, send time: {Date(trigger.SendOnUtc.Value)} is more than {EmailPlanner.LateLimit.TotalDays:0} days ago; the broadcast will not go out.");
                if ((flow.IncludeSegmentIds ?? []).Count == 0)
                    error(nameof(EmailFlow.IncludeSegmentIds), "Segments: a broadcast goes to the members of at least one segment; choose it.");
                break;
            default:
                error(field + nameof(EmailTrigger.Kind), $"Trigger: '{trigger.Kind}' is not a kind of trigger; use {string.Join(", ", Enum.GetNames<EmailTriggerKind>())}.");
                break;
        }
    }

    static void CheckSegments(EmailFlow flow, Action<string, string> error)
    {
        var include = flow.IncludeSegmentIds ?? [];
        var exclude = flow.ExcludeSegmentIds ?? [];
        foreach (var id in include.Concat(exclude).Where(id => id <= 0).Distinct())
            error(include.Contains(id) ? nameof(EmailFlow.IncludeSegmentIds) : nameof(EmailFlow.ExcludeSegmentIds), $"Segments: {id} is not a segment id.");
        foreach (var id in include.Intersect(exclude))
            error(nameof(EmailFlow.ExcludeSegmentIds), $"Segments: segment {id} is both targeted and excluded, so its members would never enter the flow.");
    }

    static void CheckSteps(IReadOnlyList<EmailStep> steps, Action<string, string> error)
    {
        if (steps.Count is 0 or > MaxSteps)
            error(nameof(EmailFlow.Steps), $"Emails: a flow sends 1 to {MaxSteps} emails; it has {steps.Count}.");
        for (var i = 0; i < steps.Count; i++)
        {
            var field = $"{nameof(EmailFlow.Steps)}[{i}]";
            var label = $"Email {i + 1}";
            var step = steps[i];
            if (step == null)
            {
                error(field, $"{label}: is empty.");
                continue;
            }

            Range(step.DelayMinutes, 0, MaxDelayMinutes, field + "." + nameof(EmailStep.DelayMinutes), $"{label}, wait", "minutes", error);
            CheckTemplateName(step.TemplateSystemName, field + "." + nameof(EmailStep.TemplateSystemName), $"{label}, message template", required: true, error);
            if (step.Coupon is { } coupon)
            {
                if (coupon.DiscountId <= 0)
                    error(field + ".Coupon.DiscountId", $"{label}, coupon: choose the discount whose codes it hands out.");
                Range(coupon.ValidDays, 1, 365, field + ".Coupon.ValidDays", $"{label}, coupon validity", "days", error);
            }
        }
    }

    static void CheckVariants(EmailFlow flow, Action<string, string> error)
    {
        var variants = flow.Variants ?? [];
        var ids = new HashSet<int>();
        for (var i = 0; i < variants.Count; i++)
        {
            var field = $"{nameof(EmailFlow.Variants)}[{i}]";
            var variant = variants[i];
            if (variant == null)
            {
                error(field, $"Variant {i + 1}: is empty.");
                continue;
            }

            var label = $"Variant '{variant.Name ?? (i + 1).ToString(CultureInfo.InvariantCulture)}'";
            if (variant.Id <= 0)
                error(field + "." + nameof(EmailVariant.Id), $"{label}: its id must be 1 or more; got {variant.Id}.");
            else if (!ids.Add(variant.Id))
                error(field + "." + nameof(EmailVariant.Id), $"{label}: id {variant.Id} is used by another variant.");
            if (string.IsNullOrWhiteSpace(variant.Name))
                error(field + "." + nameof(EmailVariant.Name), $"Variant {i + 1}: a name is required.");
            Range(variant.Weight, 1, 1000, field + "." + nameof(EmailVariant.Weight), $"{label}, weight", "", error);
            var names = variant.TemplateSystemNames ?? [];
            if (names.Count > (flow.Steps ?? []).Count)
                error(field + "." + nameof(EmailVariant.TemplateSystemNames), $"{label}: names {names.Count} templates for {(flow.Steps ?? []).Count} emails.");
            for (var j = 0; j < names.Count; j++)
                CheckTemplateName(names[j], $"{field}.{nameof(EmailVariant.TemplateSystemNames)}[{j}]", $"{label}, email {j + 1} template", required: false, error);
        }

        if (variants.Count == 1)
            error(nameof(EmailFlow.Variants), "Variants: a test needs at least two variants; remove the only one to send the emails' own templates.");
    }

    static void CheckTemplateName(string name, string field, string label, bool required, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            if (required)
                error(field, $"{label}: choose the nopCommerce message template it sends.");
            return;
        }

        if (name.Length > TemplateNameMaxLength || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            error(field, $"{label}: '{name}' is not a message template name (letters, digits, '.', '_' and '-', at most {TemplateNameMaxLength}).");
    }

    static void Range(int value, int min, int max, string field, string label, string unit, Action<string, string> error)
    {
        if (value < min || value > max)
            error(field, $"{label}: must be {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}{(unit.Length > 0 ? " " + unit : string.Empty)}; got {value.ToString(CultureInfo.InvariantCulture)}.");
    }

    static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    static string Date(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
