using Personalization.Engine.Predictions;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class PlattScalingTests
{
    [Test]
    public void Fit_recovers_a_known_logistic_relation_between_score_and_outcome()
    {
        // P(label) = 1 / (1 + exp(-2 s + 1)), so A = -2 and B = 1
        var random = new Random(3);
        var scores = Enumerable.Range(0, 20000).Select(_ => (float)(random.NextDouble() * 6 - 3)).ToArray();
        var labels = scores.Select(s => random.NextDouble() < 1 / (1 + Math.Exp(-2 * s + 1))).ToArray();

        var platt = PlattScaling.Fit(scores, labels);

        Assert.That(platt.A, Is.EqualTo(-2).Within(0.1));
        Assert.That(platt.B, Is.EqualTo(1).Within(0.1));
        Assert.That(platt.Probability(0.5f), Is.EqualTo(0.5).Within(0.03));
    }

    [Test]
    public void Fit_with_one_class_only_keeps_the_plain_logistic()
    {
        Assert.That(PlattScaling.Fit([1f, 2f], [true, true]), Is.EqualTo(PlattScaling.Logistic));
    }

    [Test]
    public void Separable_scores_still_give_finite_probabilities_below_one()
    {
        var platt = PlattScaling.Fit([-2f, -1f, 1f, 2f], [false, false, true, true]);

        Assert.That(double.IsFinite(platt.A), Is.True);
        Assert.That(platt.Probability(2f), Is.LessThan(1f).And.GreaterThan(0.5f));
    }
}
