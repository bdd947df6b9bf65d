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
    public async Task Two_schedulers_running_at_once_leave_the_sending_to_one_and_each_email_goes_out_once([Range(1, 8)] int round)
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
            var results = await Task.WhenAll(
                Task.Run(async () => { start.SignalAndWait(); return await first.RunAsync(); }),
                Task.Run(async () => { start.SignalAndWait(); return await second.RunAsync(); }));
            store.CloseConnections();
            store.Clock.Advance(TimeSpan.FromMinutes(31));

            //the lease lets one node work; the other skips (or, when the first had finished before it asked, finds nothing due)
            var expected = pass < 2 ? Customers : 0;
            Assert.That(results.Select(result => result.Sent).Order(), Is.EqualTo(new[] { 0, expected }), $"pass {pass}: one node sent every due email");
            Assert.That(results.Sum(result => result.Duplicates), Is.Zero, $"pass {pass}: no node even tried an email the other sent");
            Assert.That(results.Any(result => result.LeaseLost), Is.False);
        }

        var queued = store.Queued.ToList();
        Assert.That(store.Enrollments(), Has.Count.EqualTo(Customers), "one run per abandoned cart");
        Assert.That(queued, Has.Count.EqualTo(Customers * 2), "two emails per run");
        Assert.That(queued.Select(email => (email.To, email.Template)).Distinct().Count(), Is.EqualTo(Customers * 2), "no email twice");
        Assert.That(store.Sends(), Has.Count.EqualTo(Customers * 2));
    }
}
