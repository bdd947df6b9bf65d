using Personalization.Engine.Recommendations.Evaluation;

namespace Personalization.Engine.Tests.Recommendations.Evaluation;

[TestFixture]
public class RankingMetricsTests
{
    // List 1..5, relevant {1, 3, 9}: hits at positions 1 and 3.
    static readonly int[] List = [1, 2, 3, 4, 5];
    static readonly HashSet<int> Relevant = [1, 3, 9];

    [Test]
    public void Precision_counts_hits_over_K_even_when_the_list_is_shorter()
    {
        Assert.That(RankingMetrics.PrecisionAt(5, List, Relevant), Is.EqualTo(2 / 5.0));
        Assert.That(RankingMetrics.PrecisionAt(2, List, Relevant), Is.EqualTo(1 / 2.0));
        Assert.That(RankingMetrics.PrecisionAt(10, List, Relevant), Is.EqualTo(2 / 10.0));
    }

    [Test]
    public void Recall_counts_hits_over_all_relevant_items()
    {
        Assert.That(RankingMetrics.RecallAt(5, List, Relevant), Is.EqualTo(2 / 3.0));
        Assert.That(RankingMetrics.RecallAt(1, List, Relevant), Is.EqualTo(1 / 3.0));
        Assert.That(RankingMetrics.RecallAt(5, List, new HashSet<int>()), Is.EqualTo(0));
    }

    [Test]
    public void Ndcg_discounts_hits_by_log_position_against_a_perfect_list()
    {
        var dcg = 1 / Math.Log2(2) + 1 / Math.Log2(4);
        var ideal = 1 / Math.Log2(2) + 1 / Math.Log2(3) + 1 / Math.Log2(4);

        Assert.That(RankingMetrics.NdcgAt(5, List, Relevant), Is.EqualTo(dcg / ideal).Within(1e-12));
        Assert.That(RankingMetrics.NdcgAt(3, [1, 3, 9], Relevant), Is.EqualTo(1.0).Within(1e-12));
        Assert.That(RankingMetrics.NdcgAt(2, [7, 8], Relevant), Is.EqualTo(0));
    }

    [Test]
    public void Average_precision_averages_precision_at_each_hit_over_min_K_and_relevant()
    {
        // hits at 1 (precision 1/1) and 3 (precision 2/3); min(5, 3) = 3.
        Assert.That(RankingMetrics.AveragePrecisionAt(5, List, Relevant), Is.EqualTo((1 + 2 / 3.0) / 3).Within(1e-12));
        // K = 2: one hit at 1; min(2, 3) = 2.
        Assert.That(RankingMetrics.AveragePrecisionAt(2, List, Relevant), Is.EqualTo(0.5).Within(1e-12));
    }

    [Test]
    public void A_repeated_item_is_counted_once()
    {
        int[] repeated = [1, 1, 1];

        Assert.That(RankingMetrics.PrecisionAt(3, repeated, Relevant), Is.EqualTo(1 / 3.0));
        Assert.That(RankingMetrics.AveragePrecisionAt(3, repeated, Relevant), Is.EqualTo(1 / 3.0).Within(1e-12));
    }

    [Test]
    public void Hit_rate_and_coverage()
    {
        Assert.That(RankingMetrics.HitAt(1, List, Relevant), Is.EqualTo(1));
        Assert.That(RankingMetrics.HitAt(1, [2], Relevant), Is.EqualTo(0));
        Assert.That(RankingMetrics.CatalogCoverageAt(2, [[1, 2, 3], [2, 4]], 10), Is.EqualTo(3 / 10.0));
    }

    [Test]
    public void The_evaluator_averages_over_users_with_something_to_find()
    {
        var evaluator = new RankingEvaluator(2, 4);
        evaluator.Add([1, 2], new HashSet<int> { 1 });
        evaluator.Add([3, 0], new HashSet<int> { 2 });
        evaluator.Add([0, 1], new HashSet<int>());

        var summary = evaluator.Summary();

        Assert.That(summary.Users, Is.EqualTo(2));
        Assert.That(summary.Recall, Is.EqualTo(0.5));
        Assert.That(summary.HitRate, Is.EqualTo(0.5));
        Assert.That(summary.Precision, Is.EqualTo(0.25));
        Assert.That(summary.Coverage, Is.EqualTo(1.0), "items 0..3 were all shown to the two counted users");
    }
}
