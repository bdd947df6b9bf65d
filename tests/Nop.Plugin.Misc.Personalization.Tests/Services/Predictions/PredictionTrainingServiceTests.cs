using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Moq;
using Nop.Core;
using Nop.Core.Domain;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Common;
using Personalization.Engine.Predictions;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Predictions;

/// <summary>
/// Training on a generated shop with fifteen months of orders and two months of visits in a real database.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class PredictionTrainingServiceTests(DatabaseKind kind)
{
    PredictionStore _store;
    PredictionTrainingResult _result;

    DateTime Now => PredictionStore.Now.UtcDateTime;

    [OneTimeSetUp]
    public async Task TrainOnTheShop()
    {
        _store = await PredictionStore.CreateAsync(kind, GeneratedShop.Create(customers: 320, days: 450, visitsPerCustomer: 3, PredictionStore.Now.UtcDateTime, seed: 7));
        _result = await _store.Training.TrainAsync();
    }

    [OneTimeTearDown]
    public void DropShop() => _store?.Dispose();

    PredictionQuality QualityOf(string modelKind) =>
        JsonSerializer.Deserialize<PredictionQuality>(_store.Models.Table.Single(row => row.Kind == modelKind && row.IsCurrent).QualityJson);

    static SegmentRule Predicted(string model, string comparison, decimal value) => SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Prediction,
        (ConditionTypes.Model, model), (ConditionTypes.Operator, comparison), (ConditionTypes.Value, value.ToString(CultureInfo.InvariantCulture))));

    [Test]
    public void Training_stores_a_current_trained_churn_model_with_its_auc_calibration_and_top_features()
    {
        var churn = _store.Models.Table.Single(row => row.Kind == PredictionModelKinds.Churn);
        var quality = QualityOf(PredictionModelKinds.Churn);

        Assert.That(_result.Ran, Is.True);
        Assert.That(churn.IsCurrent, Is.True);
        Assert.That(churn.Algorithm, Is.AnyOf(PredictionModelKinds.FastTree, PredictionModelKinds.Logistic));
        Assert.That(churn.ModelBytes, Is.Not.Empty);
        Assert.That(TabularModel.FromBytes(churn.ModelBytes).Kind, Is.EqualTo("churn"), "the stored bytes are the engine's model");
        Assert.That(quality.HeuristicReason, Is.Null);
        Assert.That(quality.Auc, Is.GreaterThan(0.7), "customers who stopped buying are found");
        Assert.That(quality.LogLoss, Is.GreaterThan(0).And.LessThan(0.69), "better than a coin");
        Assert.That(quality.Calibration, Is.Not.Empty);
        Assert.That(quality.TopFeatures.Select(feature => feature.Feature), Has.Some.Matches<string>(f => f.Contains("days since last order") || f.Contains("recency")));
        Assert.That(churn.TrainingRows, Is.GreaterThanOrEqualTo(200));
    }

    [Test]
    public void FastTree_is_trained_where_its_native_library_loads_and_the_row_records_the_better_trainer()
    {
        var availability = TrainerAvailability.Check();
        var quality = QualityOf(PredictionModelKinds.Churn);
        var churn = _store.Models.Table.Single(row => row.Kind == PredictionModelKinds.Churn);
        var chosen = quality.Candidates.Single(candidate => candidate.Chosen);

        //on a platform without FastTree's native library the logistic model serves alone, and the value model is the heuristic
        Assert.That(quality.Candidates.Any(candidate => candidate.Name == ChurnTrainer.FastTreeName), Is.EqualTo(availability.FastTree));
        Assert.That(churn.Algorithm, Is.EqualTo(chosen.Name == ChurnTrainer.FastTreeName ? PredictionModelKinds.FastTree : PredictionModelKinds.Logistic));
        Assert.That(quality.Candidates.Where(candidate => !candidate.Chosen && candidate.Name != ChurnTrainer.HeuristicName).Select(candidate => candidate.Auc),
            Has.All.LessThanOrEqualTo(chosen.Auc));
        var value = _store.Models.Table.Single(row => row.Kind == PredictionModelKinds.Value90);
        Assert.That(value.Algorithm, Is.EqualTo(availability.FastTree ? PredictionModelKinds.FastTree : PredictionModelKinds.Heuristic));
    }

    [Test]
    public async Task The_prediction_condition_on_churn_selects_the_customers_who_stopped_buying()
    {
        var members = await _store.Segments.MembersAsync(Predicted(ScoreModels.Churn, Comparison.GreaterOrEqual, 0.5m), Now);
        var lastOrders = _store.Shop.Orders.GroupBy(order => order.Order.CustomerId).ToDictionary(group => group.Key, group => group.Max(order => order.Order.CreatedOnUtc));
        bool Stopped(int customerId) => _store.Shop.Customers.Single(plan => plan.CustomerId == customerId).StopsOnUtc < Now.AddDays(-60);

        Assert.That(members, Is.Not.Empty);
        Assert.That(members, Is.EquivalentTo(lastOrders.Keys.Where(id => _store.ScoresOf(id).GetValueOrDefault(ScoreModels.Churn) >= 0.5m)),
            "the condition reads the stored churn scores");
        var stoppedAmongMembers = members.Count(Stopped) / (double)members.Count;
        var stoppedAmongBuyers = lastOrders.Keys.Count(Stopped) / (double)lastOrders.Count;
        Assert.That(stoppedAmongMembers, Is.GreaterThan(stoppedAmongBuyers + 0.2), "likely churners are mostly customers who did stop");
    }

    [Test]
    public void Every_profile_with_a_recent_visit_gets_its_visit_outcome_scores_from_trained_models()
    {
        foreach (var visitKind in new[] { PredictionModelKinds.VisitPurchase, PredictionModelKinds.VisitCartAdd, PredictionModelKinds.VisitGoal })
        {
            var row = _store.Models.Table.Single(model => model.Kind == visitKind && model.IsCurrent);
            Assert.That(row.Algorithm, Is.EqualTo(PredictionModelKinds.Logistic), visitKind);
            Assert.That(QualityOf(visitKind).Auc, Is.GreaterThan(0.6), visitKind);
        }

        Assert.That(QualityOf(PredictionModelKinds.VisitGoal).Goal, Is.EqualTo("newsletterSubscribe"), "the default goal");
        var recent = _store.Shop.Customers.Select(plan => plan.CustomerId)
            .Where(id => _store.Shop.Visits.Any(visit => visit.Session.CustomerId == id && visit.Session.StartedOnUtc >= Now.AddDays(-29)))
            .ToList();
        Assert.That(recent, Is.Not.Empty);
        foreach (var id in recent)
        {
            var scores = _store.ScoresOf(id);
            Assert.That(scores.Keys, Is.SupersetOf(new[] { ScoreModels.Purchase, ScoreModels.CartAdd, ScoreModels.Goal }), $"customer {id}");
            Assert.That(ScoreModels.VisitOutcomes.Select(name => scores[name]), Has.All.InRange(0m, 1m));
        }

        var scored = _store.Attributes.Table.Where(row => row.KindId == (int)ProfileAttributeKind.Score).Select(row => row.CustomerId).Distinct().Count();
        Assert.That(_result.ScoredCustomers, Is.EqualTo(scored));
        Assert.That(scored, Is.GreaterThan(_store.Shop.Customers.Count * 0.95));
    }

    [Test]
    public async Task The_seed_templates_predicted_to_leave_without_buying_read_the_purchase_score_written()
    {
        var leaving = await _store.Segments.MembersAsync(Predicted(SegmentTemplates.PurchaseModel, Comparison.LessThan, 0.2m), Now);
        var expected = _store.Shop.Customers.Select(plan => plan.CustomerId)
            .Where(id => _store.ScoresOf(id).TryGetValue(ScoreModels.Purchase, out var purchase) && purchase < 0.2m);

        Assert.That(leaving, Is.EquivalentTo(expected));
    }

    [Test]
    public async Task Live_visit_scores_from_the_cached_models_replace_the_stored_ones_for_real_time_conditions()
    {
        //scoring a given state needs neither the request's visitor nor its customer
        var service = new VisitPredictionService(_store.Cache(new PredictionModelSets()), _store.Sessions, new UncachedStaticCacheManager(), null!,
            _store.Segments.States, null!, _store.Clock);
        var customerId = _store.Shop.Customers.Select(plan => plan.CustomerId).First(id => _store.ScoresOf(id).ContainsKey(ScoreModels.Churn));
        var state = await _store.Segments.States.LoadAsync(customerId);
        var sessionId = Guid.NewGuid();
        VisitorEvent Event(TrackedEventType type, int minute) => new(type, customerId, Guid.Empty, 1, sessionId, 101, 1, null, Now.AddMinutes(minute));
        var browsing = state with { Events = [.. state.Events, Event(TrackedEventType.PageView, 0)] };
        var buying = state with
        {
            Events =
            [
                .. state.Events, Event(TrackedEventType.ProductView, 0), Event(TrackedEventType.CartAdd, 1),
                Event(TrackedEventType.ProductView, 2), Event(TrackedEventType.CartAdd, 3),
                Event(TrackedEventType.CheckoutStep, 4)
            ]
        };

        var browsingScores = await service.ScoreVisitAsync(browsing, sessionId);
        var live = await service.WithVisitScoresAsync(buying, sessionId);

        Assert.That(live.Scores[ScoreModels.Purchase], Is.GreaterThan(browsingScores[ScoreModels.Purchase]), "cart adds and checkout raise the purchase score");
        Assert.That(live.Scores[ScoreModels.Churn], Is.EqualTo(state.Scores[ScoreModels.Churn]), "the customer scores stay as stored");
        var set = RealTimeSegmentSet.Compile([KeyValuePair.Create(1, Predicted(ScoreModels.Purchase, Comparison.GreaterOrEqual, live.Scores[ScoreModels.Purchase]))]);
        Assert.That(set.Members(live, Now), Is.EqualTo(new[] { 1 }), "a real-time condition reads the live score");
        Assert.That(set.Members(await service.WithVisitScoresAsync(browsing, sessionId), Now), Is.Empty);
    }

    [Test]
    public async Task The_live_score_of_a_customers_latest_visit_is_the_score_the_nightly_run_stored_for_it()
    {
        //a customer whose latest event belongs to a recorded visit of the last 30 days, browsing in that visit now
        var visit = _store.Shop.Visits
            .Where(v => v.Session.StartedOnUtc >= Now.AddDays(-29))
            .First(v => _store.Segments.Events.Table.Where(e => e.CustomerId == v.Session.CustomerId).OrderByDescending(e => e.CreatedOnUtc).First().SessionId
                == v.Session.SessionId);
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = $"{PersonalizationDefaults.SessionCookieName}={visit.Session.SessionId:N}; {PersonalizationDefaults.VisitorCookieName}={visit.Session.VisitorId:N}";
        var accessor = new Mock<IHttpContextAccessor>();
        accessor.Setup(a => a.HttpContext).Returns(http);
        var customer = new Customer { Id = visit.Session.CustomerId };
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(customer);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        var visitorContext = new VisitorContext(Mock.Of<IGenericAttributeService>(), accessor.Object,
            storeContext.Object, workContext.Object, new StoreInformationSettings(), _store.Clock);
        var service = new VisitPredictionService(_store.Cache(new PredictionModelSets()), _store.Sessions, new UncachedStaticCacheManager(), visitorContext,
            _store.Segments.States, workContext.Object, _store.Clock);

        var live = await service.ScoreCurrentVisitAsync();

        var stored = _store.ScoresOf(customer.Id);
        Assert.That(live.Keys, Is.EquivalentTo(ScoreModels.VisitOutcomes));
        foreach (var (score, value) in live)
            Assert.That(value, Is.EqualTo(stored[score]), $"{score}: real time and the batch read the same visit the same way");
    }
}
