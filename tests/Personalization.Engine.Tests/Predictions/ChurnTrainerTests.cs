using Personalization.Engine.Predictions;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class ChurnTrainerTests
{
    static ChurnReport _report;

    [OneTimeSetUp]
    public void Train() => _report = ChurnTrainer.Run(SyntheticCustomers.Orders(1500, 500, seed: 11), new ChurnOptions(HorizonDays: 60), "test-1");

    [Test]
    public void Models_find_customers_who_stopped_buying()
    {
        Assert.That(_report.Trained, Is.True);
        Assert.That(_report.Chosen.Auc, Is.GreaterThan(0.8));
        Assert.That(_report.Predictors.Select(p => p.Name), Is.EquivalentTo(new[] { ChurnTrainer.FastTreeName, ChurnTrainer.LogisticName, ChurnTrainer.HeuristicName }));
    }

    [Test]
    public void Calibrated_probabilities_are_close_to_observed_rates()
    {
        Assert.That(_report.Chosen.CalibrationError, Is.LessThan(0.1));
        Assert.That(_report.Chosen.Brier, Is.LessThan(0.2));
    }

    [Test]
    public void Every_training_label_window_ends_before_the_test_cut()
    {
        Assert.That(_report.TrainCuts.Max().AddDays(_report.HorizonDays), Is.LessThanOrEqualTo(_report.TestCut));
        Assert.That(_report.TrainCuts, Is.Ordered);
    }

    [Test]
    public void The_recency_gap_drives_the_model()
    {
        var top = _report.TopFeatures.Take(4).Select(f => f.Feature).ToList();

        Assert.That(top, Has.Some.Matches<string>(f => f.Contains("days since last order") || f.Contains("recency")));
    }

    [Test]
    public void Every_customer_gets_a_churn_probability_and_a_non_negative_value()
    {
        Assert.That(_report.Scores, Has.Count.EqualTo(1500).Or.Count.LessThan(1500));
        Assert.That(_report.Scores, Has.All.Matches<CustomerScore>(s => s.ChurnProbability is >= 0 and <= 1 && s.ExpectedValue90 >= 0));
        Assert.That(_report.Model.Version, Is.EqualTo("test-1"));
    }

    [Test]
    public void Value_model_beats_repeating_the_last_90_days()
    {
        Assert.That(_report.Value.ModelMae, Is.LessThan(_report.Value.NaiveMae));
    }

    [Test]
    public void Short_history_falls_back_to_the_stated_heuristic()
    {
        var report = ChurnTrainer.Run(SyntheticCustomers.Orders(300, 150, seed: 2), new ChurnOptions(HorizonDays: 60), "test-short");

        Assert.That(report.Trained, Is.False);
        Assert.That(report.FallbackReason, Does.Contain("history"));
        Assert.That(report.Model, Is.Null);
        Assert.That(report.Chosen.Name, Is.EqualTo(ChurnTrainer.HeuristicName));
        Assert.That(report.Scores, Is.Not.Empty);
    }

    [Test]
    public void Too_few_customers_fall_back_to_the_heuristic()
    {
        var report = ChurnTrainer.Run(SyntheticCustomers.Orders(40, 500, seed: 2), new ChurnOptions(HorizonDays: 60), "test-few");

        Assert.That(report.Trained, Is.False);
        Assert.That(report.FallbackReason, Does.Contain("training rows"));
    }
}
