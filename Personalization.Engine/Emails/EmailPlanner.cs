using System.Globalization;
using Personalization.Engine.Campaigns;

namespace Personalization.Engine.Emails;

/// <summary>
/// Decides a customer's next move in a flow from the flow, the customer's facts and the time: enroll, wait, send,
/// stop (and why), wait for the quiet hours to end, or wait for the frequency cap.
/// </summary>
/// <remarks>
/// Pure and deterministic: two web-farm nodes deciding for the same customer at the same instant decide the same,
/// so the scheduler's storage (a unique send per enrollment and step) only has to keep one of them from acting twice.
/// </remarks>
public static class EmailPlanner
{
    /// <summary>How long after a cart, browse, post-purchase or broadcast trigger fired it is still acted on: a cart abandoned last month gets no reminder when a flow is switched on today.</summary>
    public static readonly TimeSpan LateLimit = TimeSpan.FromDays(2);

    /// <summary>Decides the next move.</summary>
    /// <param name="flow">A valid flow.</param>
    /// <param name="facts">The customer's facts now.</param>
    /// <param name="nowUtc">Now (UTC).</param>
    /// <param name="storeTimeZone">The store's time zone, for the quiet hours; UTC when null.</param>
    public static EmailPlan Plan(EmailFlow flow, EmailCustomerFacts facts, DateTime nowUtc, TimeZoneInfo storeTimeZone)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(facts);
        var enrollment = facts.Enrollment;
        return enrollment is { Status: EmailEnrollmentStatus.Active }
            ? PlanActive(flow, facts, enrollment, nowUtc, storeTimeZone)
            : PlanEnrollment(flow, facts, nowUtc);
    }

    /// <summary>Gets when the email after <paramref name="stepIndex"/> is due once that one went out at <paramref name="sentOnUtc"/>; null after the last.</summary>
    public static DateTime? NextDueAfterSend(EmailFlow flow, int stepIndex, DateTime sentOnUtc)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var steps = flow.Steps ?? [];
        return stepIndex + 1 < steps.Count ? sentOnUtc.AddMinutes(steps[stepIndex + 1].DelayMinutes) : null;
    }

    /// <summary>Gets the arm of a customer in a flow: -1 held out, else the index of the variant (0 when the flow tests none).</summary>
    /// <remarks>The same sticky xxHash bucket and split as campaigns, seeded with the flow id.</remarks>
    public static int Arm(EmailFlow flow, int customerId)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var variants = flow.Variants ?? [];
        var bucket = VariantAssignment.Bucket("email:" + customerId.ToString(CultureInfo.InvariantCulture), flow.Id);
        var holdout = (double)flow.HoldoutPercent / 100;
        if (variants.Count == 0)
            return bucket < holdout ? -1 : 0;
        var cumulative = new double[variants.Count];
        double total = variants.Sum(variant => Math.Max(1, variant.Weight)), running = 0;
        for (var i = 0; i < variants.Count; i++)
        {
            running += Math.Max(1, variants[i].Weight);
            cumulative[i] = running / total;
        }

        return CampaignSplit.Arm(bucket, holdout, cumulative);
    }

    /// <summary>Gets the template a step sends in an arm: the variant's own when it names one, else the step's.</summary>
    public static string TemplateOf(EmailFlow flow, int arm, int stepIndex)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var step = flow.Steps[stepIndex];
        var variants = flow.Variants ?? [];
        if (arm < 0 || arm >= variants.Count)
            return step.TemplateSystemName;
        var names = variants[arm].TemplateSystemNames ?? [];
        return stepIndex < names.Count && !string.IsNullOrWhiteSpace(names[stepIndex]) ? names[stepIndex] : step.TemplateSystemName;
    }

    /// <summary>Gets the instant of the act that triggers the flow and the instant it fires, or null when it does not (yet).</summary>
    public static (DateTime Triggered, DateTime Fires)? Trigger(EmailFlow flow, EmailCustomerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(flow);
        ArgumentNullException.ThrowIfNull(facts);
        var trigger = flow.Trigger ?? new EmailTrigger();
        switch (trigger.Kind)
        {
            case EmailTriggerKind.CartAbandonment:
                if (facts.CartItemCount <= 0 || facts.LastCartChangeOnUtc is not { } changed || facts.LastOrderOnUtc >= changed)
                    return null;
                return (changed, changed.AddMinutes(trigger.CartIdleMinutes));
            case EmailTriggerKind.BrowseAbandonment:
                if (facts.CartItemCount > 0 || facts.LastProductViewOnUtc is not { } viewed || facts.RecentProductViews < trigger.MinimumViews
                    || facts.LastOrderOnUtc >= viewed)
                    return null;
                return (viewed, viewed.AddMinutes(trigger.BrowseIdleMinutes));
            case EmailTriggerKind.PostPurchase:
                return facts.LastOrderOnUtc is { } ordered ? (ordered, ordered.AddDays(trigger.DaysAfterOrder)) : null;
            case EmailTriggerKind.WinBack:
                return facts.LastOrderOnUtc is { } last ? (last, last.AddDays(trigger.DaysWithoutOrder)) : null;
            case EmailTriggerKind.SegmentBroadcast:
                return trigger.SendOnUtc is { } send ? (send, send) : null;
            default:
                return null;
        }
    }

    static EmailPlan PlanEnrollment(EmailFlow flow, EmailCustomerFacts facts, DateTime nowUtc)
    {
        if (facts.Unsubscribed)
            return EmailPlan.Nothing("unsubscribed");
        if (!facts.HasConsent)
            return EmailPlan.Nothing("no consent to marketing email");
        if (!facts.InIncludedSegment || facts.InExcludedSegment)
            return EmailPlan.Nothing("outside the flow's segments");
        if ((flow.Steps ?? []).Count == 0)
            return EmailPlan.Nothing("the flow has no emails");
        if (Trigger(flow, facts) is not var (triggered, fires))
            return EmailPlan.Nothing("not triggered");
        if (fires > nowUtc)
            return EmailPlan.Nothing($"triggers at {Date(fires)}");
        var kind = (flow.Trigger ?? new EmailTrigger()).Kind;
        if (kind != EmailTriggerKind.WinBack && nowUtc - fires > LateLimit)
            return EmailPlan.Nothing($"the trigger of {Date(fires)} is too old to act on");

        if (facts.Enrollment is { } previous)
        {
            //one run per triggering act; a later act starts a new run only after the pause
            if (triggered <= previous.TriggeredOnUtc)
                return EmailPlan.Nothing("this trigger was acted on");
            if (kind == EmailTriggerKind.SegmentBroadcast || flow.ReenrollAfterDays <= 0)
                return EmailPlan.Nothing("the flow does not enroll a customer twice");
            var again = (previous.EndedOnUtc ?? previous.TriggeredOnUtc).AddDays(flow.ReenrollAfterDays);
            if (again > nowUtc)
                return EmailPlan.Nothing($"may enter again from {Date(again)}");
        }

        var due = fires.AddMinutes(flow.Steps[0].DelayMinutes);
        return new EmailPlan(EmailPlanAction.Enroll, due, 0, EmailStopReason.None, triggered, Describe(flow, triggered));
    }

    static EmailPlan PlanActive(EmailFlow flow, EmailCustomerFacts facts, EmailEnrollmentState enrollment, DateTime nowUtc, TimeZoneInfo timeZone)
    {
        var stops = flow.StopConditions ?? new EmailStopConditions();
        var kind = (flow.Trigger ?? new EmailTrigger()).Kind;
        if (facts.Unsubscribed)
            return Stop(EmailStopReason.Unsubscribed, "unsubscribed");
        if (!facts.HasConsent)
            return Stop(EmailStopReason.NoConsent, "no longer consents to marketing email");
        if (stops.OnPurchase && facts.LastOrderOnUtc > enrollment.TriggeredOnUtc)
            return Stop(EmailStopReason.Purchased, $"ordered on {Date(facts.LastOrderOnUtc.Value)}");
        if (kind == EmailTriggerKind.CartAbandonment && facts.CartItemCount <= 0)
            return Stop(EmailStopReason.CartEmptied, "the cart is empty");
        if (kind == EmailTriggerKind.BrowseAbandonment && facts.LastCartChangeOnUtc > enrollment.TriggeredOnUtc)
            return Stop(EmailStopReason.AddedToCart, "put something in the cart");
        if (stops.OnLeftSegment && (!facts.InIncludedSegment || facts.InExcludedSegment))
            return Stop(EmailStopReason.LeftSegment, "left the flow's segments");
        var steps = flow.Steps ?? [];
        if (enrollment.NextStepIndex >= steps.Count)
            return new EmailPlan(EmailPlanAction.Complete, null, enrollment.NextStepIndex, EmailStopReason.None, null, "every email was sent");
        if (nowUtc < enrollment.NextDueOnUtc)
            return new EmailPlan(EmailPlanAction.Wait, enrollment.NextDueOnUtc, enrollment.NextStepIndex, EmailStopReason.None, null,
                $"email {enrollment.NextStepIndex + 1} is due at {Date(enrollment.NextDueOnUtc)}");

        if (flow.QuietHours is { } quiet && quiet.NextAllowedUtc(nowUtc, timeZone) is var allowed && allowed > nowUtc)
            return new EmailPlan(EmailPlanAction.QuietHours, allowed, enrollment.NextStepIndex, EmailStopReason.None, null,
                $"quiet hours {quiet.FromHour}:00 to {quiet.ToHour}:00 until {Date(allowed)}");

        if (flow.Cap is { } cap && CapFreesOn(cap, facts.RecentSendsUtc ?? [], nowUtc) is { } frees)
            return new EmailPlan(EmailPlanAction.Capped, frees, enrollment.NextStepIndex, EmailStopReason.None, null,
                $"had {cap.MaxEmails} emails in {cap.Days} days; the cap frees at {Date(frees)}");

        return new EmailPlan(EmailPlanAction.Send, null, enrollment.NextStepIndex, EmailStopReason.None, null,
            $"email {enrollment.NextStepIndex + 1} of {steps.Count}, due at {Date(enrollment.NextDueOnUtc)}");
    }

    /// <summary>When the cap lets another email through, or null when it does now.</summary>
    static DateTime? CapFreesOn(EmailFrequencyCap cap, IReadOnlyList<DateTime> sends, DateTime nowUtc)
    {
        var since = nowUtc.AddDays(-cap.Days);
        var inWindow = sends.Where(sent => sent > since && sent <= nowUtc).Order().ToList();
        if (inWindow.Count < cap.MaxEmails)
            return null;
        //the window must lose enough sends to fall below the cap
        return inWindow[inWindow.Count - cap.MaxEmails].AddDays(cap.Days);
    }

    static EmailPlan Stop(EmailStopReason reason, string why) => new(EmailPlanAction.Stop, null, 0, reason, null, why);

    static string Describe(EmailFlow flow, DateTime triggered)
    {
        var trigger = flow.Trigger ?? new EmailTrigger();
        return trigger.Kind switch
        {
            EmailTriggerKind.CartAbandonment => $"cart unchanged for {trigger.CartIdleMinutes} minutes since {Date(triggered)}",
            EmailTriggerKind.BrowseAbandonment => $"viewed products, last at {Date(triggered)}, then {trigger.BrowseIdleMinutes} minutes without a cart",
            EmailTriggerKind.PostPurchase => $"{trigger.DaysAfterOrder} days after the order of {Date(triggered)}",
            EmailTriggerKind.WinBack => $"no order for {trigger.DaysWithoutOrder} days since {Date(triggered)}",
            _ => $"broadcast of {Date(triggered)}"
        };
    }

    static string Date(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
