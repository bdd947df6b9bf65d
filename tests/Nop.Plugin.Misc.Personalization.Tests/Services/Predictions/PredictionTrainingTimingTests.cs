using System.Diagnostics;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Predictions;

/// <summary>
/// The nightly training's time on a larger generated shop (run on demand: it takes minutes and the whole machine):
/// <c>dotnet test tests/Nop.Plugin.Misc.Personalization.Tests -c Release --filter "FullyQualifiedName~PredictionTrainingTimingTests"</c>.
/// </summary>
[Explicit("measures the training time on a larger shop; docs/benchmarks.md has the figures")]
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class PredictionTrainingTimingTests(DatabaseKind kind)
{
    [Test]
    public async Task Training_and_scoring_a_shop_of_5000_customers_reports_its_times()
    {
        var shop = GeneratedShop.Create(customers: 5000, days: 450, visitsPerCustomer: 2, PredictionStore.Now.UtcDateTime, seed: 11);
        var writing = Stopwatch.StartNew();
        using var store = await PredictionStore.CreateAsync(kind, shop);
        writing.Stop();

        var training = Stopwatch.StartNew();
        var result = await store.Training.TrainAsync();
        training.Stop();
        var discovery = Stopwatch.StartNew();
        var clusters = await store.Discovery.DiscoverAsync();
        discovery.Stop();

        TestContext.Out.WriteLine($"{kind}: {shop.Orders.Count} orders, {shop.Visits.Count} visits, {shop.Visits.Sum(v => v.Events.Length) + shop.Orders.Count} events written in {writing.Elapsed.TotalSeconds:0.0} s");
        TestContext.Out.WriteLine($"{kind}: training and scoring {result.ScoredCustomers} customers {training.Elapsed.TotalSeconds:0.0} s; discovery of {clusters.Stored.Customers} customers (k = {clusters.Stored.K}) {discovery.Elapsed.TotalSeconds:0.0} s");
        foreach (var model in result.Models)
            TestContext.Out.WriteLine($"  {model.Kind}: {model.Algorithm}, {model.TrainingRows} rows");
        Assert.That(result.ScoredCustomers, Is.GreaterThan(4500));
    }
}
