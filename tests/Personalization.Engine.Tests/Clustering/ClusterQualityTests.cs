using Personalization.Engine.Clustering;

namespace Personalization.Engine.Tests.Clustering;

[TestFixture]
public class ClusterQualityTests
{
    [Test]
    public void Adjusted_rand_index_is_one_for_the_same_clustering_under_other_names()
    {
        Assert.That(ClusterQuality.AdjustedRandIndex([0, 0, 1, 1, 2, 2], [2, 2, 0, 0, 1, 1]), Is.EqualTo(1).Within(1e-12));
    }

    [Test]
    public void Adjusted_rand_index_of_unrelated_clusterings_is_near_zero()
    {
        var random = new Random(1);
        var a = Enumerable.Range(0, 5000).Select(_ => random.Next(4)).ToArray();
        var b = Enumerable.Range(0, 5000).Select(_ => random.Next(4)).ToArray();

        Assert.That(ClusterQuality.AdjustedRandIndex(a, b), Is.EqualTo(0).Within(0.02));
    }

    [Test]
    public void Adjusted_rand_index_matches_a_worked_example()
    {
        // contingency [[1,1,0],[1,2,1],[0,0,4]]: 7 pairs together in both, 13 and 14 in each, 45 in all,
        // so ARI = (7 - 13*14/45) / ((13+14)/2 - 13*14/45) = 0.312573
        int[] first = [0, 0, 1, 1, 1, 1, 2, 2, 2, 2];
        int[] second = [0, 1, 0, 1, 1, 2, 2, 2, 2, 2];

        Assert.That(ClusterQuality.AdjustedRandIndex(first, second), Is.EqualTo(0.312573).Within(1e-6));
    }

    [Test]
    public void Silhouette_of_far_apart_blobs_is_close_to_one_and_of_a_random_split_near_zero()
    {
        var random = new Random(2);
        var points = new List<float[]>();
        var labels = new List<int>();
        for (var i = 0; i < 300; i++)
        {
            var c = i % 3;
            points.Add([c * 10 + (float)random.NextDouble(), (float)random.NextDouble()]);
            labels.Add(c);
        }

        Assert.That(ClusterQuality.Silhouette(points, labels), Is.GreaterThan(0.9));
        Assert.That(ClusterQuality.Silhouette(points, labels.Select(_ => random.Next(3)).ToList()), Is.EqualTo(0).Within(0.1));
    }
}
