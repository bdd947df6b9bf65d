using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Emails;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class EmailSchedulerServiceTests(DatabaseKind kind)
{
    EmailStore _store;

    [SetUp]
    public void CreateStore() => _store = EmailStore.Create(kind);

    [TearDown]
    public void DisposeStore()
    {
        foreach (var warning in _store?.Warnings ?? [])
            TestContext.Out.WriteLine(warning);
        _store?.Dispose();
    }

    /// <summary>A cart flow: an hour idle, the first email at once, the second a day later; nobody held out.</summary>
    public static EngineFlow CartFlow(string name = "Cart", params int[] delays) => new()
    {
        Name = name,
        Trigger = new EmailTrigger { Kind = EmailTriggerKind.CartAbandonment, CartIdleMinutes = 60 },
        Steps = (delays.Length == 0 ? [0, 24 * 60] : delays)
            .Select((delay, i) => new EmailStep { DelayMinutes = delay, TemplateSystemName = $"Personalization.{name}.{i + 1}" }).ToList(),
        HoldoutPercent = 0,
        QuietHours = null,
        Cap = null
    };

    async Task<Nop.Plugin.Misc.Personalization.Services.Emails.EmailRunResult> RunAsync()
    {
        var result = await _store.Scheduler().RunAsync();
        _store.CloseConnections();
        return result;
    }

    [Test]
    public async Task A_cart_left_for_an_hour_gets_the_first_email_then_the_second_a_day_later_and_nothing_more()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-59));
        await _store.InsertFlowAsync(CartFlow());

        Assert.That((await RunAsync()).Enrolled, Is.Zero, "59 minutes idle is not yet abandoned");
        _store.Clock.Advance(TimeSpan.FromMinutes(2));
        var first = await RunAsync();
        Assert.That(first.Enrolled, Is.EqualTo(1));
        Assert.That(_store.Queued.Select(email => (email.Template, email.To)), Is.EqualTo(new[] { ("Personalization.Cart.1", "ann@example.com") }));

        _store.Clock.Advance(TimeSpan.FromHours(23));
        await RunAsync();
        Assert.That(_store.Queued, Has.Count.EqualTo(1), "the second email waits for its day");
        _store.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        _store.Clock.Advance(TimeSpan.FromDays(3));
        await RunAsync();

        Assert.That(_store.Queued.Select(email => email.Template), Is.EqualTo(new[] { "Personalization.Cart.1", "Personalization.Cart.2" }));
        var enrollment = _store.Enrollments().Single();
        Assert.That((EmailEnrollmentStatus)enrollment.StatusId, Is.EqualTo(EmailEnrollmentStatus.Completed));
        var sends = _store.Sends();
        Assert.That(sends.Select(send => send.QueuedEmailId), Has.All.Not.Null);
        Assert.That(sends[1].SentOnUtc - sends[0].SentOnUtc, Is.EqualTo(TimeSpan.FromDays(1)));
        Assert.That(sends[0].Why, Does.StartWith("email 1 of 2"));
    }

    [Test]
    public async Task An_order_after_the_first_email_stops_the_cart_reminders()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(CartFlow());
        await RunAsync();

        _store.Clock.Advance(TimeSpan.FromHours(2));
        await _store.PlaceOrderAsync(customer, _store.Now);
        _store.Clock.Advance(TimeSpan.FromDays(1));
        var result = await RunAsync();

        Assert.That(_store.Queued, Has.Count.EqualTo(1));
        Assert.That(result.Stopped, Is.EqualTo(1));
        Assert.That((EmailStopReason)_store.Enrollments().Single().StopReasonId, Is.EqualTo(EmailStopReason.Purchased));
    }

    [Test]
    public async Task Unsubscribing_stops_every_flow_and_keeps_the_customer_out_of_new_ones()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(CartFlow());
        await RunAsync();

        await _store.UnsubscribeAsync("ann@example.com");
        await _store.InsertFlowAsync(CartFlow("Second", 0));
        _store.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync();

        Assert.That(_store.Queued.Select(email => email.Template), Is.EqualTo(new[] { "Personalization.Cart.1" }));
        var enrollment = _store.Enrollments().Single();
        Assert.That((EmailStopReason)enrollment.StopReasonId, Is.EqualTo(EmailStopReason.Unsubscribed));
    }

    [Test]
    public async Task Without_a_newsletter_subscription_nobody_is_enrolled_unless_the_store_mails_everyone_who_did_not_unsubscribe()
    {
        var neverSubscribed = await _store.AddCustomerAsync("never@example.com", subscribed: null);
        var unsubscribed = await _store.AddCustomerAsync("gone@example.com", subscribed: false);
        await _store.AddToCartAsync(neverSubscribed, _store.Now.AddMinutes(-61));
        await _store.AddToCartAsync(unsubscribed, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(CartFlow());

        await RunAsync();
        Assert.That(_store.Enrollments(), Is.Empty);
        Assert.That(_store.Queued, Is.Empty);

        _store.EmailToAllNotUnsubscribed = true;
        await RunAsync();
        Assert.That(_store.Queued.Select(email => email.To), Is.EqualTo(new[] { "never@example.com" }), "an inactive subscription is an unsubscribe, whatever the rule");
    }

    [Test]
    public async Task A_guest_known_only_by_the_checkout_billing_address_gets_the_cart_reminder()
    {
        var guest = await _store.AddGuestWithBillingAddressAsync("guest@example.com");
        await _store.AddToCartAsync(guest, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(CartFlow());

        await RunAsync();

        Assert.That(_store.Queued.Select(email => email.To), Is.EqualTo(new[] { "guest@example.com" }));
    }

    [Test]
    public async Task The_frequency_cap_counts_emails_of_every_flow_and_holds_the_next_until_the_window_frees()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        var cap = new EmailFrequencyCap { MaxEmails = 1, Days = 7 };
        await _store.InsertFlowAsync(CartFlow("First", 0) with { Cap = cap });
        await _store.InsertFlowAsync(CartFlow("Second", 0) with { Cap = cap });

        await RunAsync();

        Assert.That(_store.Queued.Select(email => email.Template), Is.EqualTo(new[] { "Personalization.First.1" }));
        var held = _store.Enrollments().Single(enrollment => enrollment.NextStepIndex == 0);
        Assert.That((EmailEnrollmentStatus)held.StatusId, Is.EqualTo(EmailEnrollmentStatus.Active));
        Assert.That(DateTime.SpecifyKind(held.NextDueOnUtc, DateTimeKind.Utc), Is.EqualTo(_store.Now.AddDays(7)));
    }

    [Test]
    public async Task An_email_due_in_the_quiet_hours_goes_out_when_they_end_in_store_time()
    {
        //22:30 in the store (UTC+2) is 20:30 UTC; quiet hours 21 to 8 store time end at 06:00 UTC
        _store.TimeZone = TimeZoneInfo.CreateCustomTimeZone("Plus2", TimeSpan.FromHours(2), "Plus2", "Plus2");
        _store.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 4, 20, 30, 0, TimeSpan.Zero));
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(CartFlow("Cart", 0) with { QuietHours = new QuietHours { FromHour = 21, ToHour = 8 } });

        await RunAsync();
        Assert.That(_store.Queued, Is.Empty);
        Assert.That(DateTime.SpecifyKind(_store.Enrollments().Single().NextDueOnUtc, DateTimeKind.Utc), Is.EqualTo(new DateTime(2026, 3, 5, 6, 0, 0, DateTimeKind.Utc)));

        _store.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 5, 6, 0, 0, TimeSpan.Zero));
        await RunAsync();
        Assert.That(_store.Queued, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Held_out_customers_are_enrolled_and_sent_nothing()
    {
        var customers = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            var customer = await _store.AddCustomerAsync($"c{i}@example.com");
            await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
            customers.Add(customer);
        }

        await _store.InsertFlowAsync(CartFlow("Cart", 0) with { HoldoutPercent = 50 });
        await RunAsync();

        var enrollments = _store.Enrollments();
        Assert.That(enrollments, Has.Count.EqualTo(40));
        var heldOut = enrollments.Where(enrollment => enrollment.HeldOut).ToList();
        Assert.That(heldOut, Is.Not.Empty);
        Assert.That(heldOut.Select(enrollment => (EmailEnrollmentStatus)enrollment.StatusId), Has.All.EqualTo(EmailEnrollmentStatus.HeldOut));
        Assert.That(_store.Queued, Has.Count.EqualTo(40 - heldOut.Count));
        Assert.That(_store.Queued.Select(email => email.To), Has.None.AnyOf(heldOut.Select(enrollment => enrollment.Email).ToArray()));
    }

    [Test]
    public async Task A_missing_template_records_nothing_as_sent_and_the_email_goes_out_once_the_template_is_active()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(CartFlow("Cart", 0));
        _store.Templates.Single().IsActive = false;

        var result = await RunAsync();
        Assert.That(result.Failed, Is.EqualTo(1));
        Assert.That(_store.Sends(), Is.Empty);

        _store.Templates.Single().IsActive = true;
        _store.Clock.Advance(TimeSpan.FromHours(1));
        await RunAsync();
        Assert.That(_store.Queued, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_same_abandoned_cart_is_enrolled_once_however_often_the_task_runs()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(CartFlow("Cart", 0));

        for (var i = 0; i < 5; i++)
        {
            await RunAsync();
            _store.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.That(_store.Enrollments(), Has.Count.EqualTo(1));
        Assert.That(_store.Queued, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Each_recipient_gets_a_single_use_code_of_their_own_and_the_second_email_repeats_it()
    {
        var template = await _store.AddDiscountAsync(new Discount
        {
            Name = "Cart 10%", DiscountTypeId = (int)DiscountType.AssignedToOrderSubTotal, UsePercentage = true, DiscountPercentage = 10,
            IsActive = true, RequiresCouponCode = true, CouponCode = "CART10", DiscountLimitationId = (int)DiscountLimitationType.Unlimited
        });
        foreach (var email in new[] { "ann@example.com", "bob@example.com" })
            await _store.AddToCartAsync(await _store.AddCustomerAsync(email), _store.Now.AddMinutes(-61));
        var coupon = new CampaignCoupon { DiscountId = template.Id, UniquePerVisitor = true, ValidDays = 7 };
        var flow = CartFlow();
        await _store.InsertFlowAsync(flow with { Steps = [flow.Steps[0] with { Coupon = coupon }, flow.Steps[1] with { Coupon = coupon }] });

        await RunAsync();
        _store.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync();

        var codes = _store.Queued.Select(email => (email.To, Code: email.Tokens.Single(token => token.Key == "Personalization.CouponCode").Value.ToString())).ToList();
        Assert.That(codes, Has.Count.EqualTo(4));
        Assert.That(codes.Select(code => code.Code), Has.None.EqualTo("CART10").And.None.Empty);
        Assert.That(codes.GroupBy(code => code.To).Select(group => group.Select(code => code.Code).Distinct().Count()), Has.All.EqualTo(1), "one code per customer and flow");
        Assert.That(codes.Select(code => code.Code).Distinct().Count(), Is.EqualTo(2), "no two customers share a code");
        Assert.That(_store.Sends().Select(send => send.CouponCode), Is.EquivalentTo(codes.Select(code => code.Code)));
    }

    [Test]
    public async Task A_flow_whose_coupon_discount_takes_no_code_is_refused_and_not_stored()
    {
        var open = await _store.AddDiscountAsync(new Discount { Name = "Everyone 5%", IsActive = true, RequiresCouponCode = false });
        var flow = CartFlow();

        var refused = Assert.ThrowsAsync<CampaignValidationException>(() =>
            _store.InsertFlowAsync(flow with { Steps = [flow.Steps[0] with { Coupon = new CampaignCoupon { DiscountId = open.Id, UniquePerVisitor = true } }] }));

        Assert.That(refused.Errors.Single().Field, Is.EqualTo("Steps[0].Coupon.DiscountId"));
        Assert.That(refused.Message, Does.StartWith("Email 1, coupon: the discount \"Everyone 5%\" does not require a coupon code"));
        Assert.That(await _store.Flows().GetFlowsAsync(), Is.Empty);
    }

    [Test]
    public async Task A_full_batch_of_customers_who_may_not_be_mailed_does_not_keep_a_subscriber_after_them_waiting()
    {
        for (var i = 0; i < Nop.Plugin.Misc.Personalization.PersonalizationDefaults.EmailBatchSize; i++)
            await _store.AddToCartAsync(await _store.AddCustomerAsync($"no{i}@example.com", subscribed: null), _store.Now.AddMinutes(-61));
        await _store.AddToCartAsync(await _store.AddCustomerAsync("yes@example.com"), _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(CartFlow("Cart", 0));

        await RunAsync();

        Assert.That(_store.Queued.Select(email => email.To), Is.EqualTo(new[] { "yes@example.com" }));
    }
}
