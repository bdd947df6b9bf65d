using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Emails;

/// <summary>
/// Two web-farm nodes run the email task at the same moment against one PostgreSQL database.
/// </summary>
[TestFixture(DatabaseKind.PostgreSql)]
public class EmailSchedulerConcurrencyTests(DatabaseKind kind)
{
    const int Customers = 25;

    [Test]
    public async Task Two_schedulers_running_at_once_send_each_email_of_each_run_exactly_once([Range(1, 8)] int round)
    {
        using var store = EmailStore.Create(kind);
        for (var i = 0; i < Customers; i++)
        {
            var customer = await store.AddCustomerAsync($"c{round}-{i}@example.com");
            await store.AddToCartAsync(customer, store.Now.AddMinutes(-61 - i));
        }

        await store.InsertFlowAsync(EmailSchedulerServiceTests.CartFlow("Cart", 0, 30));

        //each pass: two nodes, each with its own connections, start together; then time moves on to the next email
        for (var pass = 0; pass < 3; pass++)
        {
            var first = store.Scheduler();
            var second = store.Scheduler();
            using var start = new Barrier(2);
            await Task.WhenAll(
                Task.Run(async () => { start.SignalAndWait(); await first.RunAsync(); }),
                Task.Run(async () => { start.SignalAndWait(); await second.RunAsync(); }));
            store.CloseConnections();
            store.Clock.Advance(TimeSpan.FromMinutes(31));
        }

        var queued = store.Queued.ToList();
        Assert.That(store.Enrollments(), Has.Count.EqualTo(Customers), "one run per abandoned cart");
        Assert.That(queued, Has.Count.EqualTo(Customers * 2), "two emails per run");
        Assert.That(queued.Select(email => (email.To, email.Template)).Distinct().Count(), Is.EqualTo(Customers * 2), "no email twice");
        Assert.That(store.Sends(), Has.Count.EqualTo(Customers * 2));
    }
}
