using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Services.Leases;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Emails;

/// <summary>
/// The email task's work lease: one server of a farm sends, the others skip, and a lease left behind lapses.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class EmailSchedulerLeaseTests(DatabaseKind kind)
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

    async Task<EmailRunResult> RunAsync()
    {
        var result = await _store.Scheduler().RunAsync();
        _store.CloseConnections();
        return result;
    }

    /// <summary>Customers whose carts were left an hour ago, in a flow of one email sent at once.</summary>
    async Task AbandonedCartsAsync(int customers)
    {
        for (var i = 0; i < customers; i++)
            await _store.AddToCartAsync(await _store.AddCustomerAsync($"c{i}@example.com"), _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(EmailSchedulerServiceTests.CartFlow("Cart", 0));
    }

    [Test]
    public async Task A_server_that_finds_another_one_sending_skips_its_run_quietly_and_sends_once_the_lease_is_released()
    {
        await AbandonedCartsAsync(3);
        var other = await _store.OtherServerLeases().TryAcquireAsync(PersonalizationDefaults.EmailWorkLeaseName, PersonalizationDefaults.EmailLeaseTime);

        var skipped = await RunAsync();

        Assert.That(skipped.AnotherServerSending, Is.True);
        Assert.That((skipped.Enrolled, skipped.Sent), Is.EqualTo((0, 0)));
        Assert.That(_store.Enrollments(), Is.Empty, "nothing touched while the other server works");
        Assert.That(_store.Warnings, Is.Empty, "another server sending is how a farm works, not a problem");

        await other!.DisposeAsync();
        var sent = await RunAsync();

        Assert.That((sent.AnotherServerSending, sent.Enrolled, sent.Sent), Is.EqualTo((false, 3, 3)));
        Assert.That(await _store.OtherServerLeases().TryAcquireAsync(PersonalizationDefaults.EmailWorkLeaseName, PersonalizationDefaults.EmailLeaseTime), Is.Not.Null,
            "the run released its lease at its end");
    }

    [Test]
    public async Task The_lease_of_a_server_that_died_mid_run_lapses_and_the_next_run_sends()
    {
        await AbandonedCartsAsync(2);
        //taken and never released, as by a server that stopped
        await _store.OtherServerLeases().TryAcquireAsync(PersonalizationDefaults.EmailWorkLeaseName, PersonalizationDefaults.EmailLeaseTime);

        Assert.That((await RunAsync()).AnotherServerSending, Is.True);
        _store.Clock.Advance(PersonalizationDefaults.EmailLeaseTime);
        var result = await RunAsync();

        Assert.That((result.AnotherServerSending, result.Sent), Is.EqualTo((false, 2)));
    }

    [Test]
    public async Task A_server_whose_lease_lapsed_mid_run_stops_at_its_next_renewal_and_the_new_holder_sends_the_rest_once()
    {
        const int customers = EmailSchedulerService.RunsPerRenewal + 20;
        await AbandonedCartsAsync(customers);
        WorkLeaseHandle taker = null;
        //the first email takes longer than the lease, and another server takes the lapsed lease over meanwhile
        _store.AfterQueued = queued =>
        {
            if (queued != 1)
                return;
            _store.Clock.Advance(PersonalizationDefaults.EmailLeaseTime + TimeSpan.FromMinutes(1));
            taker = _store.OtherServerLeases().TryAcquireAsync(PersonalizationDefaults.EmailWorkLeaseName, PersonalizationDefaults.EmailLeaseTime).GetAwaiter().GetResult();
        };

        var stopped = await RunAsync();

        Assert.That(taker, Is.Not.Null, "the lapsed lease was taken over");
        Assert.That(stopped.LeaseLost, Is.True);
        Assert.That(stopped.Sent, Is.EqualTo(EmailSchedulerService.RunsPerRenewal - 1), "it worked on until its renewal, before the hundredth run");
        Assert.That(_store.Warnings.Single(), Does.Contain("took longer than"));

        _store.AfterQueued = null;
        await taker!.DisposeAsync();
        var rest = await RunAsync();

        Assert.That(rest.Sent, Is.EqualTo(customers - stopped.Sent));
        Assert.That(_store.Queued.Select(email => email.To).Distinct().Count(), Is.EqualTo(customers), "every customer got the email once");
        Assert.That(_store.Queued, Has.Count.EqualTo(customers));
    }
}
