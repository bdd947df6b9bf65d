using System.Globalization;
using Personalization.Engine.Campaigns.Content;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// Checks a campaign and says precisely what is wrong: which field, why, and what would be accepted.
/// </summary>
public static class CampaignValidator
{
    /// <summary>Most seconds a campaign may wait on the page.</summary>
    public const int MaxDelaySeconds = 600;

    /// <summary>Longest attribution window in days.</summary>
    public const int MaxAttributionDays = 90;

    /// <summary>Largest share held out, in percent.</summary>
    public const decimal MaxHoldoutPercent = 90m;

    /// <summary>Validates a campaign.</summary>
    /// <param name="campaign">The campaign.</param>
    /// <param name="nowUtc">Now, to warn about a schedule already over; null to skip that warning.</param>
    public static CampaignValidationResult Validate(Campaign campaign, DateTime? nowUtc = null)
    {
        var issues = new List<CampaignIssue>();
        if (campaign == null)
        {
            issues.Add(new CampaignIssue(IssueSeverity.Error, string.Empty, "There is no campaign."));
            return new CampaignValidationResult(issues);
        }

        void Error(string field, string message) => issues.Add(new CampaignIssue(IssueSeverity.Error, field, message));
        void Warn(string field, string message) => issues.Add(new CampaignIssue(IssueSeverity.Warning, field, message));

        if (string.IsNullOrWhiteSpace(campaign.Name))
            Error(nameof(Campaign.Name), "Name: is required.");
        if (campaign.StoreId < 0)
            Error(nameof(Campaign.StoreId), $"Store: must be a store id or 0 for every store; got {campaign.StoreId}.");
        CheckSegments(campaign, Error);
        if (campaign.HoldoutPercent is < 0 or > MaxHoldoutPercent)
            Error(nameof(Campaign.HoldoutPercent), $"Holdout: must be between 0 and {MaxHoldoutPercent} %; got {Number(campaign.HoldoutPercent)} %.");
        else if (campaign.HoldoutPercent == 0)
            Warn(nameof(Campaign.HoldoutPercent), "Holdout: with no visitors held out the campaign cannot be measured against showing nothing.");
        if (campaign.AttributionDays is < 1 or > MaxAttributionDays)
            Error(nameof(Campaign.AttributionDays), $"Attribution window: must be 1 to {MaxAttributionDays} days; got {campaign.AttributionDays}.");
        CheckGoal(campaign.Goal, Error);
        CheckSchedule(campaign.Schedule ?? new CampaignSchedule(), nowUtc, Error, Warn);
        CheckDelivery(campaign.Delivery ?? new CampaignDelivery(), campaign.Presentation?.Kind ?? PresentationKind.Modal, Error, Warn);
        CheckPresentation(campaign.Presentation ?? new CampaignPresentation(), Error, Warn);
        CampaignCopyChecks.CheckVariants(campaign.Variants, Error, Warn);
        return new CampaignValidationResult(issues);
    }

    /// <summary>Gets the campaign with every body cleaned by <see cref="CampaignHtmlSanitizer"/> and addresses trimmed, as it should be stored.</summary>
    public static Campaign Sanitize(Campaign campaign) => campaign with
    {
        Variants = (campaign.Variants ?? []).Select(variant => variant with
        {
            Copies = (variant.Copies ?? []).Select(copy => copy with
            {
                BodyHtml = CampaignHtmlSanitizer.Sanitize(copy.BodyHtml).Html,
                ImageUrl = copy.ImageUrl?.Trim(),
                CallToActionUrl = copy.CallToActionUrl?.Trim()
            }).ToList()
        }).ToList()
    };

    static void CheckSegments(Campaign campaign, Action<string, string> error)
    {
        var include = campaign.IncludeSegmentIds ?? [];
        var exclude = campaign.ExcludeSegmentIds ?? [];
        foreach (var id in include.Concat(exclude).Where(id => id <= 0).Distinct())
            error(include.Contains(id) ? nameof(Campaign.IncludeSegmentIds) : nameof(Campaign.ExcludeSegmentIds), $"Segments: {id} is not a segment id.");
        foreach (var id in include.Intersect(exclude))
            error(nameof(Campaign.ExcludeSegmentIds), $"Segments: segment {id} is both targeted and excluded, so its members would never see the campaign.");
    }

    static void CheckGoal(CampaignGoal goal, Action<string, string> error)
    {
        const string field = nameof(Campaign.Goal);
        if (goal == null)
        {
            error(field, "Goal: is required.");
            return;
        }

        if (!Enum.IsDefined(goal.Kind))
        {
            error(field + "." + nameof(CampaignGoal.Kind), $"Goal: '{goal.Kind}' is not a kind of goal; use {string.Join(" or ", Enum.GetNames<GoalKind>())}.");
            return;
        }

        if (goal.Kind == GoalKind.OrderPlaced)
        {
            if (goal.MinimumOrderValue < 0)
                error(field + "." + nameof(CampaignGoal.MinimumOrderValue), $"Goal, minimum order value: must not be negative; got {Number(goal.MinimumOrderValue.Value)}.");
            return;
        }

        if (string.IsNullOrWhiteSpace(goal.Event) || !ConditionTypes.TryParseEvent(goal.Event, out _))
        {
            error(field + "." + nameof(CampaignGoal.Event), $"Goal, event: '{goal.Event}' is not a tracked event; use one of {string.Join(", ", ConditionTypes.EventNames)}.");
            return;
        }

        var unknown = (goal.Filters?.Keys ?? []).Where(name => !CampaignGoal.FilterNames.Contains(name)).ToList();
        foreach (var name in unknown)
            error(field + "." + nameof(CampaignGoal.Filters), $"Goal, filter '{name}': is not an event filter; use {string.Join(", ", CampaignGoal.FilterNames)}.");
        if (unknown.Count > 0)
            return;

        //the same checks as a segment's behaviour condition, reworded for the goal
        foreach (var issue in SegmentValidator.Validate(SegmentRule.AllOf(goal.ToCondition())).Errors)
            error(field + "." + nameof(CampaignGoal.Filters), issue.Parameter == null ? $"Goal: {issue.Message}" : $"Goal, filter '{issue.Parameter}': {issue.Message}");
    }

    static void CheckSchedule(CampaignSchedule schedule, DateTime? nowUtc, Action<string, string> error, Action<string, string> warn)
    {
        const string field = nameof(Campaign.Schedule) + ".";
        if (schedule.StartsOnUtc?.Kind == DateTimeKind.Local)
            error(field + nameof(CampaignSchedule.StartsOnUtc), "Schedule, start: must be given in UTC, not in the server's local time.");
        if (schedule.EndsOnUtc?.Kind == DateTimeKind.Local)
            error(field + nameof(CampaignSchedule.EndsOnUtc), "Schedule, end: must be given in UTC, not in the server's local time.");
        if (schedule.StartsOnUtc is { } start && schedule.EndsOnUtc is { } end && end <= start)
            error(field + nameof(CampaignSchedule.EndsOnUtc), $"Schedule, end: {Date(end)} is not after the start {Date(start)}.");
        else if (schedule.EndsOnUtc is { } over && nowUtc is { } now && over <= now)
            warn(field + nameof(CampaignSchedule.EndsOnUtc), $"Schedule, end: {Date(over)} has passed; the campaign will not show.");
        if (schedule.FromHour is < 0 or > 23)
            error(field + nameof(CampaignSchedule.FromHour), $"Schedule, from hour: must be 0 to 23; got {schedule.FromHour}.");
        if (schedule.ToHour is < 1 or > 24)
            error(field + nameof(CampaignSchedule.ToHour), $"Schedule, to hour: must be 1 to 24; got {schedule.ToHour}.");
        if (schedule.FromHour != null && schedule.FromHour == schedule.ToHour)
            error(field + nameof(CampaignSchedule.ToHour), $"Schedule, hours: from {schedule.FromHour} to {schedule.ToHour} is an empty window; to cross midnight give a to-hour below the from-hour (22 to 6).");
        var days = schedule.Days ?? [];
        foreach (var day in days.Where(day => !Enum.IsDefined(day)).Distinct())
            error(field + nameof(CampaignSchedule.Days), $"Schedule, days: {(int)day} is not a day of the week.");
        if (days.Count != days.Distinct().Count())
            error(field + nameof(CampaignSchedule.Days), "Schedule, days: a day is listed twice.");
    }

    static void CheckDelivery(CampaignDelivery delivery, PresentationKind presentation, Action<string, string> error, Action<string, string> warn)
    {
        const string field = nameof(Campaign.Delivery) + ".";
        if (delivery.DelaySeconds is < 0 or > MaxDelaySeconds)
            error(field + nameof(CampaignDelivery.DelaySeconds), $"Delivery, delay: must be 0 to {MaxDelaySeconds} seconds; got {delivery.DelaySeconds}.");
        if (delivery.ScrollDepthPercent is < 0 or > 100)
            error(field + nameof(CampaignDelivery.ScrollDepthPercent), $"Delivery, scroll depth: must be 0 to 100 %; got {delivery.ScrollDepthPercent}.");
        if (delivery.OnExitIntent && presentation == PresentationKind.Inline)
            warn(field + nameof(CampaignDelivery.OnExitIntent), "Delivery, exit intent: an inline block is part of the page and ignores exit intent; use a modal or a bar.");
        var cap = delivery.Cap ?? new FrequencyCap();
        CheckCap(cap.PerSession, "per session", nameof(FrequencyCap.PerSession), error);
        CheckCap(cap.PerDay, "per day", nameof(FrequencyCap.PerDay), error);
        CheckCap(cap.PerVisitor, "per visitor", nameof(FrequencyCap.PerVisitor), error);
        if (cap.PerSession > cap.PerDay)
            error(field + "Cap." + nameof(FrequencyCap.PerSession), $"Delivery, frequency cap: {cap.PerSession} per session is more than the {cap.PerDay} per day.");
        if (cap.PerDay > cap.PerVisitor)
            error(field + "Cap." + nameof(FrequencyCap.PerDay), $"Delivery, frequency cap: {cap.PerDay} per day is more than the {cap.PerVisitor} per visitor.");
        var pages = delivery.Pages ?? [];
        for (var i = 0; i < pages.Count; i++)
            CheckPage(pages[i], $"{field}{nameof(CampaignDelivery.Pages)}[{i}]", $"Delivery, page rule {i + 1}", error);
    }

    static void CheckCap(int? value, string label, string name, Action<string, string> error)
    {
        if (value is < 1 or > 10000)
            error($"{nameof(Campaign.Delivery)}.Cap.{name}", $"Delivery, frequency cap {label}: must be 1 to 10,000 exposures, or empty for no limit; got {value}.");
    }

    static void CheckPage(PageTarget page, string field, string label, Action<string, string> error)
    {
        if (page == null)
        {
            error(field, $"{label}: is empty.");
            return;
        }

        switch (page.Kind)
        {
            case PageTargetKind.PageType:
                if ((page.PageTypes ?? []).Count == 0)
                    error(field + "." + nameof(PageTarget.PageTypes), $"{label}: choose at least one page type.");
                foreach (var type in (page.PageTypes ?? []).Where(type => !ConditionTypes.PageTypes.Contains(type)))
                    error(field + "." + nameof(PageTarget.PageTypes), $"{label}: '{type}' is not a page type; use {string.Join(", ", ConditionTypes.PageTypes)}.");
                break;
            case PageTargetKind.Category:
            case PageTargetKind.Product:
                var what = page.Kind == PageTargetKind.Category ? "category" : "product";
                if ((page.Ids ?? []).Count == 0)
                    error(field + "." + nameof(PageTarget.Ids), $"{label}: choose at least one {what}.");
                foreach (var id in (page.Ids ?? []).Where(id => id <= 0))
                    error(field + "." + nameof(PageTarget.Ids), $"{label}: {id} is not a {what} id.");
                break;
            case PageTargetKind.Url:
                if (!UrlPattern.TryCreate(page.UrlPattern, page.UrlPatternIsRegex, out _, out var problem))
                    error(field + "." + nameof(PageTarget.UrlPattern), $"{label}, URL pattern '{page.UrlPattern}': {problem}");
                break;
            default:
                error(field + "." + nameof(PageTarget.Kind), $"{label}: '{page.Kind}' is not a kind of page rule; use {string.Join(", ", Enum.GetNames<PageTargetKind>())}.");
                break;
        }
    }

    static void CheckPresentation(CampaignPresentation presentation, Action<string, string> error, Action<string, string> warn)
    {
        const string field = nameof(Campaign.Presentation) + ".";
        if (!Enum.IsDefined(presentation.Kind))
        {
            error(field + nameof(CampaignPresentation.Kind), $"Presentation: '{presentation.Kind}' is not a presentation; use {string.Join(", ", Enum.GetNames<PresentationKind>())}.");
            return;
        }

        var zone = presentation.WidgetZone;
        if (presentation.Kind != PresentationKind.Inline)
        {
            if (!string.IsNullOrWhiteSpace(zone))
                warn(field + nameof(CampaignPresentation.WidgetZone), $"Presentation, widget zone: only an inline campaign uses one; '{zone}' is ignored.");
            return;
        }

        if (string.IsNullOrWhiteSpace(zone))
            error(field + nameof(CampaignPresentation.WidgetZone), "Presentation, widget zone: an inline campaign needs the widget zone it appears in.");
        else if (zone.Length > 100 || !zone.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            error(field + nameof(CampaignPresentation.WidgetZone), $"Presentation, widget zone: '{zone}' is not a widget zone name (letters, digits, '_', '-' and '.', at most 100).");
    }

    static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    static string Date(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
