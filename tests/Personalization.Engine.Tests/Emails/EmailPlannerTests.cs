using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;

namespace Personalization.Engine.Tests.Emails;

public class EmailPlannerTests
{
    static readonly DateTime Now = new(2026, 3, 4, 12, 0, 0, DateTimeKind.Utc);

    static EmailFlow CartFlow(int idleMinutes = 60, params int[] delays) => new()
    {
        Id = 7,
        Name = "Cart",
        Trigger = new EmailTrigger { Kind = EmailTriggerKind.CartAbandonment, CartIdleMinutes = idleMinutes },
        Steps = (delays.Length == 0 ? [0, 24 * 60] : delays).Select((delay, i) => new EmailStep { DelayMinutes = delay, TemplateSystemName = $"Personalization.CartAbandonment.{i + 1}" }).ToList(),
        HoldoutPercent = 0,
        QuietHours = null,
        Cap = null
    };

    static EmailCustomerFacts Cart(DateTime changed, EmailEnrollmentState enrollment = null) => new()
    {
        CustomerId = 5,
        HasConsent = true,
        CartItemCount = 2,
        LastCartChangeOnUtc = changed,
        Enrollment = enrollment
    };

    static EmailEnrollmentState Active(DateTime triggered, int next, DateTime due) => new()
    {
        TriggeredOnUtc = triggered,
        NextStepIndex = next,
        NextDueOnUtc = due,
        Status = EmailEnrollmentStatus.Active
    };

    [Test]
    public void Cart_idle_less_than_the_trigger_time_does_not_enroll()
    {
        var plan = EmailPlanner.Plan(CartFlow(60), Cart(Now.AddMinutes(-59)), Now, TimeZoneInfo.Utc);

        Assert.That(plan.Action, Is.EqualTo(EmailPlanAction.None));
        Assert.That(plan.Why, Is.EqualTo("triggers at 2026-03-04 12:01 UTC"));
    }

    [Test]
    public void Cart_idle_past_the_trigger_time_enrolls_with_the_first_email_due_after_its_delay()
    {
        var changed = Now.AddMinutes(-90);

        var plan = EmailPlanner.Plan(CartFlow(60, 30, 1440), Cart(changed), Now, TimeZoneInfo.Utc);

        Assert.That(plan.Action, Is.EqualTo(EmailPlanAction.Enroll));
        Assert.That(plan.TriggeredOnUtc, Is.EqualTo(changed));
        Assert.That(plan.DueOnUtc, Is.EqualTo(changed.AddMinutes(60 + 30)));
    }

    [Test]
    public void An_order_after_the_last_cart_change_means_nothing_was_abandoned()
    {
        var facts = Cart(Now.AddHours(-3)) with { LastOrderOnUtc = Now.AddHours(-2) };

        Assert.That(EmailPlanner.Plan(CartFlow(), facts, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
    }

    [Test]
    public void A_cart_abandoned_longer_ago_than_the_late_limit_is_not_acted_on()
    {
        var plan = EmailPlanner.Plan(CartFlow(), Cart(Now.AddDays(-3)), Now, TimeZoneInfo.Utc);

        Assert.That(plan.Action, Is.EqualTo(EmailPlanAction.None));
        Assert.That(plan.Why, Does.Contain("too old"));
    }

    [Test]
    public void No_consent_or_unsubscribed_is_never_enrolled()
    {
        var facts = Cart(Now.AddHours(-2));

        Assert.That(EmailPlanner.Plan(CartFlow(), facts with { HasConsent = false }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
        Assert.That(EmailPlanner.Plan(CartFlow(), facts with { Unsubscribed = true }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
    }

    [Test]
    public void Outside_the_included_segment_or_inside_an_excluded_one_is_not_enrolled()
    {
        var facts = Cart(Now.AddHours(-2));

        Assert.That(EmailPlanner.Plan(CartFlow(), facts with { InIncludedSegment = false }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
        Assert.That(EmailPlanner.Plan(CartFlow(), facts with { InExcludedSegment = true }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
    }

    [Test]
    public void The_same_abandoned_cart_is_not_enrolled_twice_and_a_new_one_waits_for_the_reenrollment_pause()
    {
        var changed = Now.AddHours(-2);
        var ended = new EmailEnrollmentState { TriggeredOnUtc = changed, Status = EmailEnrollmentStatus.Completed, EndedOnUtc = Now.AddMinutes(-10) };

        Assert.That(EmailPlanner.Plan(CartFlow(), Cart(changed, ended), Now, TimeZoneInfo.Utc).Why, Is.EqualTo("this trigger was acted on"));
        var newCart = Cart(Now.AddHours(-1.5), ended);
        Assert.That(EmailPlanner.Plan(CartFlow(), newCart, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
        var laterEnded = ended with { EndedOnUtc = Now.AddDays(-31) };
        Assert.That(EmailPlanner.Plan(CartFlow(), newCart with { Enrollment = laterEnded }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.Enroll));
    }

    [Test]
    public void An_email_not_yet_due_waits_until_its_time_and_is_sent_once_due()
    {
        var changed = Now.AddHours(-5);
        var due = Now.AddMinutes(1);

        var early = EmailPlanner.Plan(CartFlow(), Cart(changed, Active(changed, 1, due)), Now, TimeZoneInfo.Utc);
        var onTime = EmailPlanner.Plan(CartFlow(), Cart(changed, Active(changed, 1, due)), due, TimeZoneInfo.Utc);

        Assert.That(early.Action, Is.EqualTo(EmailPlanAction.Wait));
        Assert.That(early.DueOnUtc, Is.EqualTo(due));
        Assert.That(onTime.Action, Is.EqualTo(EmailPlanAction.Send));
        Assert.That(onTime.StepIndex, Is.EqualTo(1));
    }

    [Test]
    public void The_next_email_is_due_its_delay_after_the_previous_one_went_out_and_none_after_the_last()
    {
        var flow = CartFlow(60, 0, 1440, 4320);

        Assert.That(EmailPlanner.NextDueAfterSend(flow, 0, Now), Is.EqualTo(Now.AddDays(1)));
        Assert.That(EmailPlanner.NextDueAfterSend(flow, 1, Now), Is.EqualTo(Now.AddDays(3)));
        Assert.That(EmailPlanner.NextDueAfterSend(flow, 2, Now), Is.Null);
    }

    [Test]
    public void An_order_after_the_trigger_stops_a_cart_flow_as_purchased()
    {
        var changed = Now.AddHours(-5);
        var facts = Cart(changed, Active(changed, 1, Now)) with { LastOrderOnUtc = Now.AddMinutes(-3) };

        var plan = EmailPlanner.Plan(CartFlow(), facts, Now, TimeZoneInfo.Utc);

        Assert.That(plan.Action, Is.EqualTo(EmailPlanAction.Stop));
        Assert.That(plan.StopReason, Is.EqualTo(EmailStopReason.Purchased));
    }

    [Test]
    public void A_purchase_does_not_stop_a_flow_whose_merchant_turned_that_off()
    {
        var changed = Now.AddHours(-5);
        var facts = Cart(changed, Active(changed, 1, Now)) with { LastOrderOnUtc = Now.AddMinutes(-3) };
        var flow = CartFlow() with { Trigger = new EmailTrigger { Kind = EmailTriggerKind.WinBack }, StopConditions = new EmailStopConditions { OnPurchase = false } };

        Assert.That(EmailPlanner.Plan(flow, facts, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.Send));
    }

    [TestCase(true, false, false, EmailStopReason.Unsubscribed)]
    [TestCase(false, true, false, EmailStopReason.NoConsent)]
    [TestCase(false, false, true, EmailStopReason.LeftSegment)]
    public void Unsubscribing_losing_consent_or_leaving_the_segment_stops_an_active_run(bool unsubscribed, bool noConsent, bool left, EmailStopReason reason)
    {
        var changed = Now.AddHours(-5);
        var facts = Cart(changed, Active(changed, 1, Now)) with { Unsubscribed = unsubscribed, HasConsent = !noConsent, InIncludedSegment = !left };

        var plan = EmailPlanner.Plan(CartFlow(), facts, Now, TimeZoneInfo.Utc);

        Assert.That(plan.Action, Is.EqualTo(EmailPlanAction.Stop));
        Assert.That(plan.StopReason, Is.EqualTo(reason));
    }

    [Test]
    public void An_emptied_cart_stops_the_cart_reminders()
    {
        var changed = Now.AddHours(-5);
        var facts = Cart(changed, Active(changed, 1, Now)) with { CartItemCount = 0 };

        Assert.That(EmailPlanner.Plan(CartFlow(), facts, Now, TimeZoneInfo.Utc).StopReason, Is.EqualTo(EmailStopReason.CartEmptied));
    }

    [Test]
    public void Browse_abandonment_needs_enough_views_and_no_cart_and_stops_when_the_cart_fills()
    {
        var flow = CartFlow() with { Trigger = new EmailTrigger { Kind = EmailTriggerKind.BrowseAbandonment, BrowseIdleMinutes = 120, MinimumViews = 3 } };
        var viewed = Now.AddHours(-3);
        var facts = new EmailCustomerFacts { HasConsent = true, LastProductViewOnUtc = viewed, RecentProductViews = 3 };

        Assert.That(EmailPlanner.Plan(flow, facts with { RecentProductViews = 2 }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
        Assert.That(EmailPlanner.Plan(flow, facts with { CartItemCount = 1 }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
        Assert.That(EmailPlanner.Plan(flow, facts, Now, TimeZoneInfo.Utc).DueOnUtc, Is.EqualTo(viewed.AddMinutes(120)));
        var active = facts with { LastCartChangeOnUtc = Now.AddMinutes(-5), CartItemCount = 1, Enrollment = Active(viewed, 1, Now) };
        Assert.That(EmailPlanner.Plan(flow, active, Now, TimeZoneInfo.Utc).StopReason, Is.EqualTo(EmailStopReason.AddedToCart));
    }

    [Test]
    public void Win_back_fires_the_set_days_after_the_last_order_however_long_ago_that_was()
    {
        var flow = CartFlow() with { Trigger = new EmailTrigger { Kind = EmailTriggerKind.WinBack, DaysWithoutOrder = 90 } };
        var facts = new EmailCustomerFacts { HasConsent = true, LastOrderOnUtc = Now.AddDays(-400) };

        Assert.That(EmailPlanner.Plan(flow, facts with { LastOrderOnUtc = Now.AddDays(-89) }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
        Assert.That(EmailPlanner.Plan(flow, facts, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.Enroll));
    }

    [Test]
    public void A_post_purchase_email_follows_the_order_by_the_set_days_and_the_next_order_stops_it()
    {
        var flow = CartFlow() with { Trigger = new EmailTrigger { Kind = EmailTriggerKind.PostPurchase, DaysAfterOrder = 7 } };
        var ordered = Now.AddDays(-7).AddHours(-1);
        var facts = new EmailCustomerFacts { HasConsent = true, LastOrderOnUtc = ordered };

        Assert.That(EmailPlanner.Plan(flow, facts, Now, TimeZoneInfo.Utc).DueOnUtc, Is.EqualTo(ordered.AddDays(7)));
        Assert.That(EmailPlanner.Plan(flow, facts with { Enrollment = Active(ordered, 0, Now) }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.Send));
        var reordered = facts with { LastOrderOnUtc = Now.AddHours(-1), Enrollment = Active(ordered, 0, Now) };
        Assert.That(EmailPlanner.Plan(flow, reordered, Now, TimeZoneInfo.Utc).StopReason, Is.EqualTo(EmailStopReason.Purchased));
    }

    [Test]
    public void A_broadcast_goes_out_at_its_time_once_and_never_again()
    {
        var send = Now.AddMinutes(-4);
        var flow = CartFlow() with { Trigger = new EmailTrigger { Kind = EmailTriggerKind.SegmentBroadcast, SendOnUtc = send }, IncludeSegmentIds = [3] };
        var facts = new EmailCustomerFacts { HasConsent = true };
        var done = new EmailEnrollmentState { TriggeredOnUtc = send, Status = EmailEnrollmentStatus.Completed, EndedOnUtc = Now.AddDays(-60) };

        Assert.That(EmailPlanner.Plan(flow, facts, Now.AddMinutes(-5), TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
        Assert.That(EmailPlanner.Plan(flow, facts, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.Enroll));
        Assert.That(EmailPlanner.Plan(flow, facts with { Enrollment = done }, Now, TimeZoneInfo.Utc).Action, Is.EqualTo(EmailPlanAction.None));
    }

    [Test]
    public void Every_email_sent_completes_the_run()
    {
        var changed = Now.AddHours(-5);

        var plan = EmailPlanner.Plan(CartFlow(), Cart(changed, Active(changed, 2, Now)), Now, TimeZoneInfo.Utc);

        Assert.That(plan.Action, Is.EqualTo(EmailPlanAction.Complete));
    }

    [Test]
    public void Quiet_hours_across_midnight_hold_an_email_due_at_night_until_they_end_in_store_time()
    {
        //UTC+2 all year: 23:30 store time is 21:30 UTC; quiet 21:00-08:00 store time ends at 06:00 UTC next day
        var zone = TimeZoneInfo.CreateCustomTimeZone("Plus2", TimeSpan.FromHours(2), "Plus2", "Plus2");
        var flow = CartFlow() with { QuietHours = new QuietHours { FromHour = 21, ToHour = 8 } };
        var night = new DateTime(2026, 3, 4, 21, 30, 0, DateTimeKind.Utc);
        var changed = night.AddHours(-3);

        var plan = EmailPlanner.Plan(flow, Cart(changed, Active(changed, 0, night)), night, zone);

        Assert.That(plan.Action, Is.EqualTo(EmailPlanAction.QuietHours));
        Assert.That(plan.DueOnUtc, Is.EqualTo(new DateTime(2026, 3, 5, 6, 0, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void Quiet_hours_after_midnight_end_the_same_morning_and_the_day_is_not_quiet()
    {
        var quiet = new QuietHours { FromHour = 21, ToHour = 8 };
        var early = new DateTime(2026, 3, 5, 2, 0, 0, DateTimeKind.Utc);
        var noon = new DateTime(2026, 3, 5, 12, 0, 0, DateTimeKind.Utc);

        Assert.That(quiet.NextAllowedUtc(early, TimeZoneInfo.Utc), Is.EqualTo(new DateTime(2026, 3, 5, 8, 0, 0, DateTimeKind.Utc)));
        Assert.That(quiet.NextAllowedUtc(noon, TimeZoneInfo.Utc), Is.EqualTo(noon));
        Assert.That(new QuietHours { FromHour = 12, ToHour = 14 }.NextAllowedUtc(noon, TimeZoneInfo.Utc), Is.EqualTo(noon.AddHours(2)));
    }

    [Test]
    public void The_cap_counts_emails_of_every_flow_and_frees_when_the_oldest_leaves_the_window()
    {
        var changed = Now.AddHours(-5);
        var flow = CartFlow() with { Cap = new EmailFrequencyCap { MaxEmails = 2, Days = 7 } };
        var sends = new[] { Now.AddDays(-6), Now.AddDays(-2), Now.AddDays(-8) };

        var capped = EmailPlanner.Plan(flow, Cart(changed, Active(changed, 0, Now)) with { RecentSendsUtc = sends }, Now, TimeZoneInfo.Utc);
        var underCap = EmailPlanner.Plan(flow, Cart(changed, Active(changed, 0, Now)) with { RecentSendsUtc = sends[1..] }, Now, TimeZoneInfo.Utc);

        Assert.That(capped.Action, Is.EqualTo(EmailPlanAction.Capped));
        Assert.That(capped.DueOnUtc, Is.EqualTo(Now.AddDays(1)));
        Assert.That(underCap.Action, Is.EqualTo(EmailPlanAction.Send));
    }

    [Test]
    public void Arms_follow_the_holdout_and_weights_and_stay_the_same_for_a_customer()
    {
        var flow = CartFlow() with
        {
            HoldoutPercent = 20,
            Variants = [new EmailVariant { Id = 1, Name = "A", Weight = 1 }, new EmailVariant { Id = 2, Name = "B", Weight = 3 }]
        };
        var arms = Enumerable.Range(1, 20000).Select(customer => EmailPlanner.Arm(flow, customer)).ToList();

        Assert.That(arms.Count(arm => arm == -1) / 20000.0, Is.EqualTo(0.2).Within(0.015));
        Assert.That(arms.Count(arm => arm == 0) / 20000.0, Is.EqualTo(0.2).Within(0.015));
        Assert.That(arms.Count(arm => arm == 1) / 20000.0, Is.EqualTo(0.6).Within(0.015));
        Assert.That(EmailPlanner.Arm(flow, 42), Is.EqualTo(EmailPlanner.Arm(flow, 42)));
    }

    [Test]
    public void A_variant_sends_its_own_template_where_it_names_one_and_the_steps_template_elsewhere()
    {
        var flow = CartFlow() with
        {
            Variants = [new EmailVariant { Id = 1, Name = "A" }, new EmailVariant { Id = 2, Name = "B", TemplateSystemNames = ["Custom.B.1"] }]
        };

        Assert.That(EmailPlanner.TemplateOf(flow, 1, 0), Is.EqualTo("Custom.B.1"));
        Assert.That(EmailPlanner.TemplateOf(flow, 1, 1), Is.EqualTo("Personalization.CartAbandonment.2"));
        Assert.That(EmailPlanner.TemplateOf(flow, 0, 0), Is.EqualTo("Personalization.CartAbandonment.1"));
    }

    [Test]
    public void A_flow_survives_a_round_trip_through_json()
    {
        var flow = CartFlow() with { Steps = [new EmailStep { DelayMinutes = 30, TemplateSystemName = "T", Coupon = new CampaignCoupon { DiscountId = 4, UniquePerVisitor = true } }] };

        Assert.That(CampaignJson.TryRead<EmailFlow>(CampaignJson.Write(flow), out var read, out var error), Is.True, error);
        Assert.That(read.Steps[0].Coupon.DiscountId, Is.EqualTo(4));
        Assert.That(read.Trigger.Kind, Is.EqualTo(EmailTriggerKind.CartAbandonment));
        Assert.That(CampaignJson.Write(flow), Does.Contain("\"kind\":\"cartAbandonment\""));
    }
}
