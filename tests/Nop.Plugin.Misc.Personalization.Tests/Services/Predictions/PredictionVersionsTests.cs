using System.Text.Json;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Predictions;
using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Predictions;

/// <summary>
/// A new shop with two months of orders: the stated heuristics, stored versions, the per-server cache and the lock.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class PredictionVersionsTests(DatabaseKind kind)
{
    PredictionStore _store;

    [SetUp]
    public async Task CreateShop() =>
        _store = await PredictionStore.CreateAsync(kind, GeneratedShop.Create(customers: 40, days: 60, visitsPerCustomer: 1, PredictionStore.Now.UtcDateTime, seed: 3));

    [TearDown]
    public void DropShop() => _store?.Dispose();

    PredictionQuality QualityOf(string modelKind) =>
        JsonSerializer.Deserialize<PredictionQuality>(_store.Models.Table.Single(row => row.Kind == modelKind && row.IsCurrent).QualityJson);

    [Test]
    public async Task Too_short_a_history_records_the_heuristic_with_its_reason_and_still_writes_heuristic_scores()
    {
        var orders = _store.Shop.Orders.Count(order => order.Order.OrderStatusId != (int)Nop.Core.Domain.Orders.OrderStatus.Cancelled);

        await _store.Training.TrainAsync();

        var churn = _store.Models.Table.Single(row => row.Kind == PredictionModelKinds.Churn);
        var quality = QualityOf(PredictionModelKinds.Churn);
        Assert.That((churn.Algorithm, churn.ModelBytes, churn.IsCurrent), Is.EqualTo((PredictionModelKinds.Heuristic, (byte[])null, true)));
        Assert.That(quality.HeuristicReason, Is.EqualTo($"too little history ({orders} orders, needs {PredictionTrainingService.MinOrders})"));
        Assert.That((quality.HistoryOrders, quality.MinOrders), Is.EqualTo((orders, PredictionTrainingService.MinOrders)));

        //the heuristic: the longer past the customer's usual gap, the likelier the churn
        var buyers = _store.Shop.Orders.Where(order => order.Order.OrderStatusId != (int)Nop.Core.Domain.Orders.OrderStatus.Cancelled)
            .GroupBy(order => order.Order.CustomerId).Select(group => group.Key).ToList();
        Assert.That(buyers.Select(id => _store.ScoresOf(id)), Has.All.ContainKey(ScoreModels.Churn).And.All.ContainKey(ScoreModels.Value90));
        var byRecency = buyers.OrderBy(id => _store.Shop.Orders.Where(order => order.Order.CustomerId == id).Max(order => order.Order.CreatedOnUtc)).ToList();
        Assert.That(_store.ScoresOf(byRecency[0])[ScoreModels.Churn], Is.GreaterThan(_store.ScoresOf(byRecency[^1])[ScoreModels.Churn]),
            "the customer quiet the longest scores higher than the one who just ordered");

        //too few visits for the visit models: every visit gets the store's smoothed share of visits that ended in an order
        var purchase = QualityOf(PredictionModelKinds.VisitPurchase);
        var visits = _store.Shop.Visits.Count;
        var reached = _store.Shop.Visits.Count(visit => visit.Events.Any(e => e.Type == TrackedEventType.OrderPlaced));
        Assert.That(purchase.HistoryVisits, Is.EqualTo(visits));
        Assert.That(purchase.BaseRate, Is.EqualTo((reached + 1.0) / (visits + 2.0)).Within(1e-6));
        var recent = _store.Shop.Visits.First(visit => visit.Session.StartedOnUtc >= PredictionStore.Now.UtcDateTime.AddDays(-29)).Session.CustomerId;
        Assert.That((double)_store.ScoresOf(recent)[ScoreModels.Purchase], Is.EqualTo(purchase.BaseRate).Within(1e-4));
    }

    [Test]
    public async Task A_fourth_training_keeps_the_last_three_versions_of_each_kind_with_the_newest_current()
    {
        var stamps = new List<string>();
        for (var run = 0; run < 4; run++)
        {
            _store.Clock.Advance(TimeSpan.FromDays(1));
            await _store.Training.TrainAsync();
            stamps.Add(_store.Settings.ModelsVersion);
        }

        foreach (var modelKind in PredictionModelKinds.Predictions)
        {
            var versions = _store.Models.Table.Where(row => row.Kind == modelKind).OrderBy(row => row.Version).ToList();
            Assert.That(versions.Select(row => row.Version), Is.EqualTo(new[] { 2, 3, 4 }), modelKind);
            Assert.That(versions.Select(row => row.IsCurrent), Is.EqualTo(new[] { false, false, true }), modelKind);
            Assert.That(versions[^1].TrainedOnUtc, Is.EqualTo(_store.Clock.GetUtcNow().UtcDateTime));
        }

        Assert.That(stamps.Distinct().Count(), Is.EqualTo(4), "every training tells the servers to reload");
        Assert.That((await _store.ModelService.GetCurrentModelsAsync()).Select(row => row.Version), Has.All.EqualTo(4));
    }

    [Test]
    public async Task A_servers_cached_models_are_reused_until_the_models_version_changes_and_then_reloaded()
    {
        var sets = new PredictionModelSets();
        await _store.Training.TrainAsync();

        var first = await _store.Cache(sets).GetModelsAsync();
        var again = await _store.Cache(sets).GetModelsAsync();
        _store.Clock.Advance(TimeSpan.FromDays(1));
        await _store.Training.TrainAsync();
        var reloaded = await _store.Cache(sets).GetModelsAsync();

        Assert.That(again, Is.SameAs(first), "one load per server while the version stays");
        Assert.That(first.ModelVersions[PredictionModelKinds.Churn], Is.EqualTo(1));
        Assert.That(reloaded.Version, Is.EqualTo(_store.Settings.ModelsVersion).And.Not.EqualTo(first.Version));
        Assert.That(reloaded.ModelVersions[PredictionModelKinds.Churn], Is.EqualTo(2));
        Assert.That(reloaded.VisitOutcomes.Keys, Is.EquivalentTo(ScoreModels.VisitOutcomes), "the heuristic serves the visits until they can be trained");
        Assert.That(reloaded.VisitOutcomes.Values, Has.All.Matches<VisitOutcomePredictor>(p => p.IsHeuristic));
    }

    [Test]
    public async Task While_another_server_trains_this_one_writes_nothing()
    {
        using (_store.Locker.Hold(PersonalizationDefaults.PredictionTrainingLockKey))
        {
            var result = await _store.Training.TrainAsync();

            Assert.That(result.Ran, Is.False);
            Assert.That(_store.Models.Table.Count(), Is.Zero);
            Assert.That(_store.Settings.ModelsVersion, Is.Null);
        }

        Assert.That((await _store.Training.TrainAsync()).Ran, Is.True, "the next run trains once the lock is free");
    }

    [Test]
    public async Task Scores_of_a_customer_who_no_longer_qualifies_are_removed_and_other_attributes_kept()
    {
        await _store.Training.TrainAsync();
        var customerId = _store.Shop.Customers[0].CustomerId;
        var otherRows = _store.Attributes.Table.Count(row => row.CustomerId == customerId && row.KindId != (int)ProfileAttributeKind.Score);
        Assert.That(_store.ScoresOf(customerId), Is.Not.Empty);

        //the customer's orders and visits leave the history read (a year later, nothing recent)
        _store.Clock.Advance(TimeSpan.FromDays(4 * 365));
        await _store.Training.TrainAsync();

        Assert.That(_store.ScoresOf(customerId), Is.Empty);
        Assert.That(_store.Attributes.Table.Count(row => row.CustomerId == customerId && row.KindId != (int)ProfileAttributeKind.Score),
            Is.EqualTo(otherRows), "traits, affinities and fields are not the predictions' to replace");
    }
}
