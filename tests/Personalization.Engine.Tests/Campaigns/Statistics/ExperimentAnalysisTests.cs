using Personalization.Engine.Campaigns.Statistics;

namespace Personalization.Engine.Tests.Campaigns.Statistics;

public class ExperimentAnalysisTests
{
    [Test]
    public void Too_few_visitors_say_not_enough_data()
    {
        var report = ExperimentAnalysis.Analyze(Arm(0, "Control", 0.1, 40, 2), [Arm(1, "B", 0.9, 360, 30)]);

        Assert.That(report.Verdict.Kind, Is.EqualTo(VerdictKind.NotEnoughData));
        Assert.That(report.Verdict.Text, Does.StartWith("Not enough data yet: Control 40, B 360 visitors and 32 conversions"));
    }

    [Test]
    public void Arms_far_from_the_configured_split_are_a_sample_ratio_mismatch_whatever_the_rates()
    {
        var report = ExperimentAnalysis.Analyze(Arm(0, "Control", 0.5, 6000, 300), [Arm(1, "B", 0.5, 4000, 400)]);

        Assert.That(report.SampleRatioMismatch, Is.True);
        Assert.That(report.Verdict.Kind, Is.EqualTo(VerdictKind.SampleRatioMismatch));
        Assert.That(report.Verdict.Text, Does.Contain("don't trust these results"));
    }

    [Test]
    public void Clear_winner_is_confirmed_with_sequential_confidence()
    {
        var report = ExperimentAnalysis.Analyze(Daily(0, "Control", 0.5, 500, 0.05, 30), [Daily(1, "B", 0.5, 500, 0.08, 30)]);

        Assert.That(report.Verdict.Kind, Is.EqualTo(VerdictKind.Winner));
        Assert.That(report.Verdict.Text, Is.EqualTo("Variant B beats control: +3.0 pts conversion, 99% probability, confirmed with 95% sequential confidence."));
        Assert.That(report.Variants[0].SignificantSequentially, Is.True);
        Assert.That(report.Verdict.UpliftPoints, Is.EqualTo(3).Within(1e-9));
    }

    [Test]
    public void Probable_winner_not_yet_confirmed_says_how_many_more_days_at_current_traffic()
    {
        var report = ExperimentAnalysis.Analyze(Daily(0, "Control", 0.5, 100, 0.05, 10), [Daily(1, "B", 0.5, 100, 0.07, 10)]);
        var b = report.Variants[0];

        Assert.That(report.Verdict.Kind, Is.EqualTo(VerdictKind.LikelyWinner));
        Assert.That(b.ProbabilityToBeatControl, Is.GreaterThan(0.95));
        Assert.That(b.DaysToSignificance, Is.GreaterThan(0));
        Assert.That(report.Verdict.Text, Does.Match(@"^Variant B beats control: \+2\.0 pts conversion, 9\d% probability, keep running about \d+ more days for 95% sequential confidence\.$"));

        //with the predicted extra days at the same rates, the test is indeed significant
        var later = ExperimentAnalysis.Analyze(Daily(0, "Control", 0.5, 100, 0.05, 10 + b.DaysToSignificance!.Value), [Daily(1, "B", 0.5, 100, 0.07, 10 + b.DaysToSignificance.Value)]);
        Assert.That(later.Variants[0].SignificantSequentially, Is.True);
    }

    [Test]
    public void Variant_clearly_worse_than_control_is_a_loser()
    {
        var report = ExperimentAnalysis.Analyze(Daily(0, "Control", 0.5, 500, 0.08, 30), [Daily(1, "B", 0.5, 500, 0.05, 30)]);

        Assert.That(report.Verdict.Kind, Is.EqualTo(VerdictKind.Loser));
        Assert.That(report.Verdict.Text, Does.StartWith("Variant B loses to control: −3.0 pts conversion, 1% probability to beat it"));
    }

    [Test]
    public void Equal_rates_are_no_clear_difference()
    {
        var report = ExperimentAnalysis.Analyze(Daily(0, "Control", 0.5, 300, 0.05, 14), [Daily(1, "B", 0.5, 300, 0.05, 14)]);

        Assert.That(report.Verdict.Kind, Is.EqualTo(VerdictKind.NoClearDifference));
        Assert.That(report.Verdict.Text, Does.StartWith("No clear winner yet: Variant B is at +0.0 pts conversion, 50% probability to beat control"));
    }

    [Test]
    public void With_several_variants_the_sequential_threshold_is_shared_between_them()
    {
        // the same evidence that confirms one variant alone is held to α/10 among ten
        var single = ExperimentAnalysis.Analyze(Daily(0, "Control", 0.5, 200, 0.05, 12), [Daily(1, "B", 0.5, 200, 0.075, 12)]);
        var crowded = ExperimentAnalysis.Analyze(Daily(0, "Control", 0.1, 200, 0.05, 12),
            [Daily(1, "B", 0.09, 200, 0.075, 12), .. Enumerable.Range(2, 9).Select(id => Daily(id, "V" + id, 0.09, 200, 0.05, 12))]);

        Assert.That(single.Variants[0].SequentialPValue, Is.EqualTo(crowded.Variants[0].SequentialPValue).Within(1e-12));
        Assert.That(single.Variants[0].SequentialPValue, Is.InRange(0.005, 0.05), "the case must sit between α/10 and α");
        Assert.That(single.Variants[0].SignificantSequentially, Is.True);
        Assert.That(crowded.Variants[0].SignificantSequentially, Is.False);
    }

    [Test]
    public void Inconsistent_aggregates_are_refused_with_the_arm_named()
    {
        var broken = Arm(1, "B", 0.5, 100, 120);

        Assert.That(() => ExperimentAnalysis.Analyze(Arm(0, "Control", 0.5, 100, 5), [broken]),
            Throws.ArgumentException.With.Message.EqualTo("Arm 'B' has 120 conversions for 100 visitors."));
    }

    static ExperimentArm Arm(int id, string name, double share, long visitors, long conversions) =>
        new() { VariantId = id, Name = name, ExpectedShare = share, Visitors = visitors, Conversions = conversions, Revenue = conversions * 50.0, RevenueSquares = conversions * 2500.0 };

    //the same visitors and exact rate every day
    static ExperimentArm Daily(int id, string name, double share, long visitorsPerDay, double rate, int days)
    {
        var conversions = (long)Math.Round(visitorsPerDay * rate);
        return Arm(id, name, share, visitorsPerDay * days, conversions * days) with
        {
            DailyVisitors = Enumerable.Repeat(visitorsPerDay, days).ToArray(),
            DailyConversions = Enumerable.Repeat(conversions, days).ToArray()
        };
    }
}
