using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Predictions;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Predictions;
using Nop.Services.Messages;
using Personalization.Engine.Predictions;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Factories;

/// <summary>
/// The predictions page's model and actions over a new shop (heuristics) with one trained version added.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class PredictionModelFactoryTests(DatabaseKind kind)
{
    PredictionStore _store;
    PredictionModelFactory _factory;
    Mock<INotificationService> _notifications;
    PersonalizationPredictionsController _controller;

    [SetUp]
    public async Task CreateShop()
    {
        _store = await PredictionStore.CreateAsync(kind, GeneratedShop.Create(customers: 40, days: 60, visitsPerCustomer: 1, PredictionStore.Now.UtcDateTime, seed: 3));
        _factory = new PredictionModelFactory(_store.Localization, _store.ModelService, _store.Discovery, _store.SettingService);
        _notifications = new Mock<INotificationService>();
        _controller = new PersonalizationPredictionsController(_store.Localization, _notifications.Object, _factory, _store.Training, _store.Discovery, _store.SettingService);
    }

    [TearDown]
    public void DropShop()
    {
        _controller?.Dispose();
        _store?.Dispose();
    }

    static PredictionModel Trained(double auc) => new()
    {
        Kind = PredictionModelKinds.Churn,
        Algorithm = PredictionModelKinds.FastTree,
        TrainedOnUtc = PredictionStore.Now.UtcDateTime.AddDays(1),
        TrainingRows = 1200,
        ModelBytes = [1, 2, 3],
        QualityJson = JsonSerializer.Serialize(new PredictionQuality
        {
            Auc = auc, LogLoss = 0.52, TestRows = 310,
            Calibration = [new CalibrationBin(0.1, 0.2, 40, 0.15, 0.12), new CalibrationBin(0.8, 0.9, 25, 0.84, 0.88)],
            TopFeatures = [new FeatureImportance("days since last order", 0.12), new FeatureImportance("orders", 0.03)],
            Candidates = [new PredictorQuality(ChurnTrainer.FastTreeName, auc, 0.52, true), new PredictorQuality(ChurnTrainer.LogisticName, auc - 0.02, 0.55, false)]
        })
    };

    [Test]
    public async Task The_page_shows_each_model_in_use_with_its_quality_and_the_heuristics_reason()
    {
        await _store.Training.TrainAsync();
        await _store.ModelService.SaveVersionsAsync([Trained(0.81)]);

        var model = await _factory.PreparePredictionsModelAsync(new PredictionsModel());

        Assert.That(model.Models.Select(m => m.Kind), Is.EqualTo(PredictionModelKinds.Predictions));
        var churn = model.Models[0];
        Assert.That((churn.Title, churn.Algorithm, churn.IsHeuristic, churn.Version), Is.EqualTo(("Churn", "FastTree (gradient-boosted trees)", false, 2)));
        Assert.That((churn.Auc, churn.LogLoss, churn.TrainingRows, churn.TestRows), Is.EqualTo(((double?)0.81, (double?)0.52, 1200, 310)));
        Assert.That(churn.Calibration.Select(point => (point.Predicted, point.Observed)), Is.EqualTo(new[] { (0.15, 0.12), (0.84, 0.88) }));
        Assert.That(churn.TopFeatures.Select(feature => feature.Feature), Is.EqualTo(new[] { "days since last order", "orders" }));
        Assert.That(churn.Candidates.Single(candidate => candidate.Chosen).Name, Is.EqualTo(ChurnTrainer.FastTreeName));
        Assert.That(churn.Versions.Select(version => (version.Version, version.IsCurrent, version.Algorithm)),
            Is.EqualTo(new[] { (2, true, "FastTree (gradient-boosted trees)"), (1, false, "Heuristic") }), "newest first");

        var orders = _store.Shop.Orders.Count(order => order.Order.OrderStatusId != (int)Nop.Core.Domain.Orders.OrderStatus.Cancelled);
        var value = model.Models.Single(m => m.Kind == PredictionModelKinds.Value90);
        Assert.That((value.IsHeuristic, value.HeuristicText), Is.EqualTo((true, $"Heuristic: too little history ({orders} orders, needs 500)")));
        var purchase = model.Models.Single(m => m.Kind == PredictionModelKinds.VisitPurchase);
        Assert.That(purchase.HeuristicText, Is.EqualTo($"Heuristic: too little history ({_store.Shop.Visits.Count} visits, needs 200)"));
        Assert.That(purchase.BaseRate, Is.GreaterThan(0).And.LessThan(1));
        Assert.That(model.TrainedOnUtc, Is.EqualTo(PredictionStore.Now.UtcDateTime));
    }

    [Test]
    public async Task Before_any_training_every_model_says_it_is_not_trained_and_the_default_goal_is_chosen()
    {
        var model = await _factory.PreparePredictionsModelAsync(new PredictionsModel());

        Assert.That(model.Models.Select(m => m.Trained), Has.All.False);
        Assert.That(model.Discovery.HasRun, Is.False);
        Assert.That(model.GoalEventTypeId, Is.EqualTo((int)TrackedEventType.NewsletterSubscribe));
        Assert.That(model.AvailableGoalEventTypes.Single(item => item.Selected).Text, Is.EqualTo("Newsletter subscription"));
    }

    [Test]
    public async Task A_shop_with_too_few_buyers_shows_why_no_segments_were_found()
    {
        var result = (RedirectToActionResult)await _controller.Discover();

        var model = await _factory.PreparePredictionsModelAsync(new PredictionsModel());
        Assert.That(result.ActionName, Is.EqualTo(nameof(PersonalizationPredictionsController.Predictions)));
        Assert.That((model.Discovery.HasRun, model.Discovery.Clusters.Count), Is.EqualTo((true, 0)));
        Assert.That(model.Discovery.Reason, Does.Contain("fewer than the 50 needed"));
        _notifications.Verify(n => n.ErrorNotification(It.Is<string>(text => text.Contains("needs at least 50")), true, 0), Times.Once);
    }

    [Test]
    public async Task Saving_the_goal_checks_the_event_and_the_next_training_learns_it()
    {
        await _controller.SaveGoal(new PredictionsModel { GoalEventTypeId = 999, GoalEventLabel = "x" });
        Assert.That(_store.Settings.GoalEventTypeId, Is.EqualTo((int)TrackedEventType.NewsletterSubscribe), "an unknown event is refused");
        await _controller.SaveGoal(new PredictionsModel { GoalEventTypeId = (int)TrackedEventType.Custom, GoalEventLabel = new string('x', 201) });
        Assert.That(_store.Settings.GoalEventLabel, Is.Null, "a label longer than the events' is refused");

        await _controller.SaveGoal(new PredictionsModel { GoalEventTypeId = (int)TrackedEventType.Custom, GoalEventLabel = "  box-subscribe " });
        await _controller.TrainNow();

        Assert.That((_store.Settings.GoalEventTypeId, _store.Settings.GoalEventLabel), Is.EqualTo(((int)TrackedEventType.Custom, "box-subscribe")));
        var goal = JsonSerializer.Deserialize<PredictionQuality>(_store.Models.Table.Single(row => row.Kind == PredictionModelKinds.VisitGoal).QualityJson).Goal;
        Assert.That(goal, Is.EqualTo("custom \"box-subscribe\""));
        _notifications.Verify(n => n.ErrorNotification(It.IsAny<string>(), true, 0), Times.Exactly(2));
        _notifications.Verify(n => n.SuccessNotification(It.Is<string>(text => text.StartsWith("The models were trained")), true, 0), Times.Once);
    }
}
