using Personalization.Engine.Predictions;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class BinaryMetricsTests
{
    [Test]
    public void Auc_is_one_when_every_positive_outscores_every_negative_and_zero_when_reversed()
    {
        float[] scores = [0.1f, 0.2f, 0.8f, 0.9f];
        bool[] labels = [false, false, true, true];

        Assert.That(BinaryMetrics.Auc(scores, labels), Is.EqualTo(1));
        Assert.That(BinaryMetrics.Auc(scores, labels.Select(l => !l).ToArray()), Is.EqualTo(0));
    }

    [Test]
    public void Auc_counts_ties_as_one_half()
    {
        Assert.That(BinaryMetrics.Auc([0.5f, 0.5f, 0.5f], [true, false, false]), Is.EqualTo(0.5));
    }

    [Test]
    public void Auc_equals_the_share_of_correctly_ordered_pairs()
    {
        var random = new Random(7);
        var scores = Enumerable.Range(0, 300).Select(_ => (float)Math.Round(random.NextDouble(), 2)).ToArray();
        var labels = scores.Select(s => random.NextDouble() < s).ToArray();
        double pairs = 0, correct = 0;
        for (var i = 0; i < scores.Length; i++)
        for (var j = 0; j < scores.Length; j++)
        {
            if (!labels[i] || labels[j])
                continue;
            pairs++;
            correct += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        }

        Assert.That(BinaryMetrics.Auc(scores, labels), Is.EqualTo(correct / pairs).Within(1e-12));
    }

    [Test]
    public void Auc_without_one_class_is_one_half()
    {
        Assert.That(BinaryMetrics.Auc([0.1f, 0.9f], [true, true]), Is.EqualTo(0.5));
    }

    [Test]
    public void Brier_score_is_the_mean_squared_error_of_probabilities()
    {
        Assert.That(BinaryMetrics.Brier([1f, 0f, 0.5f, 0.5f], [true, false, true, false]), Is.EqualTo(0.125).Within(1e-12));
    }

    [Test]
    public void Calibration_bins_hold_mean_prediction_and_observed_rate()
    {
        var bins = BinaryMetrics.Calibration([0.05f, 0.15f, 0.95f, 0.92f], [false, true, true, false], 10);

        Assert.That(bins.Select(b => b.Count), Is.EqualTo(new[] { 1, 1, 2 }));
        Assert.That(bins[2].MeanPredicted, Is.EqualTo(0.935).Within(1e-6));
        Assert.That(bins[2].Observed, Is.EqualTo(0.5));
        Assert.That(BinaryMetrics.CalibrationError(bins), Is.EqualTo((0.05 + 0.85 + 2 * 0.435) / 4).Within(1e-6));
    }

    [Test]
    public void Log_loss_of_a_coin_is_ln_2_and_a_confident_mistake_costs_much_more_than_a_confident_hit()
    {
        Assert.That(BinaryMetrics.LogLoss([0.5f, 0.5f], [true, false]), Is.EqualTo(Math.Log(2)).Within(1e-12));
        Assert.That(BinaryMetrics.LogLoss([0.99f], [false]), Is.GreaterThan(50 * BinaryMetrics.LogLoss([0.99f], [true])));
        Assert.That(double.IsFinite(BinaryMetrics.LogLoss([1f, 0f], [false, true])), Is.True, "a certain mistake is clipped, not infinite");
    }
}
