using System.Web;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Emails;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Emails;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class EmailEngagementServiceTests(DatabaseKind kind)
{
    EmailStore _store;

    [SetUp]
    public void CreateStore() => _store = EmailStore.Create(kind);

    [TearDown]
    public void DisposeStore() => _store?.Dispose();

    async Task RunAsync()
    {
        await _store.Scheduler().RunAsync();
        _store.CloseConnections();
    }

    /// <summary>A customer with an abandoned cart who got the first of two cart emails.</summary>
    async Task<int> CustomerWithFirstEmailAsync(decimal holdoutPercent = 0)
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(EmailSchedulerServiceTests.CartFlow() with { HoldoutPercent = holdoutPercent, AttributionDays = 5 });
        await RunAsync();
        return customer;
    }

    static string TokenOf(string url) => HttpUtility.ParseQueryString(new Uri(url).Query)["t"];

    string LinkOf(string key) => _store.Queued.Single().Tokens.Single(token => token.Key == key).Value.ToString();

    [Test]
    public async Task The_one_click_unsubscribe_turns_the_newsletter_subscription_off_and_stops_the_run_at_once()
    {
        await CustomerWithFirstEmailAsync();
        var token = TokenOf(LinkOf("Personalization.UnsubscribeUrl"));

        Assert.That(await _store.Engagement().GetUnsubscribeEmailAsync(token, EmailStore.StoreId), Is.EqualTo("ann@example.com"));
        Assert.That(await _store.Engagement().UnsubscribeAsync(token, EmailStore.StoreId), Is.True);

        Assert.That(_store.Subscriptions("ann@example.com").Select(row => row.Active), Is.EqualTo(new[] { false }));
        var run = _store.Enrollments().Single();
        Assert.That(((EmailEnrollmentStatus)run.StatusId, (EmailStopReason)run.StopReasonId), Is.EqualTo((EmailEnrollmentStatus.Stopped, EmailStopReason.Unsubscribed)));
        _store.Clock.Advance(TimeSpan.FromDays(2));
        await RunAsync();
        Assert.That(_store.Queued, Has.Count.EqualTo(1), "the second email never goes out");
    }

    [Test]
    public async Task Unsubscribing_an_address_mailed_without_a_subscription_records_an_inactive_one()
    {
        _store.EmailToAllNotUnsubscribed = true;
        var customer = await _store.AddCustomerAsync("bob@example.com", subscribed: null);
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(EmailSchedulerServiceTests.CartFlow());
        await RunAsync();

        await _store.Engagement().UnsubscribeAsync(TokenOf(LinkOf("Personalization.UnsubscribeUrl")), EmailStore.StoreId);

        Assert.That(_store.Subscriptions("bob@example.com").Select(row => (row.Active, row.StoreId)), Is.EqualTo(new[] { (false, EmailStore.StoreId) }));
    }

    [Test]
    public async Task A_click_is_recorded_once_and_leads_only_to_a_page_of_the_store()
    {
        await CustomerWithFirstEmailAsync();
        var url = LinkOf("Personalization.CartUrl");
        var token = TokenOf(url);

        Assert.That(await _store.Engagement().RecordClickAsync(token, "/cart", EmailStore.StoreId), Is.EqualTo("/cart"));
        var clicked = _store.Sends().Single().ClickedOnUtc;
        _store.Clock.Advance(TimeSpan.FromHours(1));
        Assert.That(await _store.Engagement().RecordClickAsync(token, "https://evil.example/", EmailStore.StoreId), Is.EqualTo("/"));

        Assert.That(clicked, Is.Not.Null);
        Assert.That(_store.Sends().Single().ClickedOnUtc, Is.EqualTo(clicked), "the first click counts");
        Assert.That(await _store.Engagement().RecordClickAsync("forged", "/cart", EmailStore.StoreId), Is.EqualTo("/cart"), "a forged link still leads to the store page, counted nowhere");
    }

    [Test]
    public async Task An_order_within_the_attribution_window_converts_the_email_with_its_revenue_and_a_later_one_does_not()
    {
        var customer = await CustomerWithFirstEmailAsync();

        await _store.Engagement().RecordOrderAsync(customer, 80m, _store.Now.AddDays(6));
        Assert.That(_store.Sends().Single().ConvertedOnUtc, Is.Null, "six days after the email, outside its five-day window");

        await _store.Engagement().RecordOrderAsync(customer, 120m, _store.Now.AddDays(2));
        var send = _store.Sends().Single();
        Assert.That((send.ConvertedOnUtc, send.Revenue), Is.EqualTo(((DateTime?)_store.Now.AddDays(2), 120m)));
        Assert.That(_store.Enrollments().Single().Revenue, Is.EqualTo(120m));
    }

    [Test]
    public async Task A_held_out_customer_who_orders_counts_as_a_control_conversion()
    {
        var customer = await CustomerWithFirstEmailAsync(holdoutPercent: 90);
        var run = _store.Enrollments().Single();
        Assume.That(run.HeldOut, "customer 1 falls in the 90 % holdout of flow 1");

        await _store.Engagement().RecordOrderAsync(customer, 60m, _store.Now.AddDays(1));

        Assert.That(_store.Queued, Is.Empty);
        Assert.That(_store.Enrollments().Single().Revenue, Is.EqualTo(60m));
    }

    [Test]
    public async Task The_flow_figures_count_emails_clicks_conversions_and_revenue_apart_from_the_held_out_runs()
    {
        var customer = await CustomerWithFirstEmailAsync();
        await _store.Engagement().RecordClickAsync(TokenOf(LinkOf("Personalization.CartUrl")), "/cart", EmailStore.StoreId);
        await _store.Engagement().RecordOrderAsync(customer, 42.5m, _store.Now.AddHours(3));

        var figures = (await _store.Flows().GetStatisticsAsync()).Values.Single();

        Assert.That((figures.Enrolled, figures.HeldOut, figures.Sent, figures.Clicked, figures.Converted, figures.Revenue), Is.EqualTo((1, 0, 1, 1, 1, 42.5m)));
    }

    [Test]
    public async Task A_test_send_queues_the_email_to_the_given_address_and_records_nothing()
    {
        var flow = await _store.InsertFlowAsync(EmailSchedulerServiceTests.CartFlow());

        var queued = await _store.Messages().SendTestAsync(flow, 1, "owner@shop.example");

        Assert.That(queued, Is.Not.Null);
        Assert.That(_store.Queued.Select(email => (email.Template, email.To)), Is.EqualTo(new[] { ("Personalization.Cart.2", "owner@shop.example") }));
        Assert.That(_store.Sends(), Is.Empty);
        var unsubscribe = TokenOf(LinkOf("Personalization.UnsubscribeUrl"));
        Assert.That(await _store.Engagement().UnsubscribeAsync(unsubscribe, EmailStore.StoreId), Is.False, "a test email's links record nothing");
    }
}
