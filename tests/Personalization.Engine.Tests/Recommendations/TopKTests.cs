using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class TopKTests
{
    [Test]
    public void Returns_the_best_scores_first_skipping_excluded_and_unscored_items()
    {
        float[] scores = [0.5f, 3f, float.NegativeInfinity, 2f, 3f, -1f, float.NaN];

        var top = TopK.Select(scores, 4, new HashSet<int> { 3 });

        Assert.That(top, Is.EqualTo(new[] { 1, 4, 0, 5 }));
    }

    [Test]
    public void Agrees_with_a_full_sort_on_random_scores()
    {
        var random = new Random(7);
        for (var round = 0; round < 50; round++)
        {
            var scores = Enumerable.Range(0, 200).Select(_ => (float)Math.Round(random.NextDouble() * 20)).ToArray();
            var k = random.Next(1, 30);

            var expected = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(k);

            Assert.That(TopK.Select(scores, k), Is.EqualTo(expected));
        }
    }
}
