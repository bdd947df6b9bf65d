using System.Globalization;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Top sellers: items ranked by how many customers bought them, optionally counting recent buyers more (trending).
/// The baseline every personal model must beat, and the cold-start fallback.
/// </summary>
public sealed class PopularityModel : IItemScorer
{
    readonly float[] _scores;
    readonly int[] _buyers;

    PopularityModel(float[] scores, int[] buyers)
    {
        _scores = scores;
        _buyers = buyers;
    }

    /// <summary>The model's system name.</summary>
    public const string Name = "Popular";

    /// <inheritdoc />
    public string SystemName => Name;

    /// <inheritdoc />
    public int ItemCount => _scores.Length;

    /// <summary>Gets an item's popularity score (distinct buyers, decayed when trained with a half-life).</summary>
    public float Popularity(int item) => _scores[item];

    /// <summary>Gets the number of distinct customers who bought an item.</summary>
    public int BuyersOf(int item) => _buyers[item];

    /// <summary>
    /// Ranks by distinct buyers; with a half-life, each buyer counts 0.5^(days since their last purchase of the item / half-life).
    /// </summary>
    public static PopularityModel Train(InteractionModel interactions, double halfLifeDays = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var latestDays = interactions.Latest.Ticks / (double)TimeSpan.TicksPerDay;
        var scores = new float[interactions.ItemCount];
        var buyers = new int[interactions.ItemCount];
        var byItem = interactions.LastSeenDays.Transpose();
        for (var item = 0; item < scores.Length; item++)
        {
            var seen = byItem.RowValues(item);
            buyers[item] = seen.Length;
            if (double.IsPositiveInfinity(halfLifeDays))
            {
                scores[item] = seen.Length;
                continue;
            }

            var sum = 0.0;
            foreach (var days in seen)
                sum += Math.Pow(0.5, (latestDays - days) / halfLifeDays);
            scores[item] = (float)sum;
        }

        return new PopularityModel(scores, buyers);
    }

    /// <inheritdoc />
    public bool CanScore(RecommendationContext context) => true;

    /// <inheritdoc />
    public void Score(RecommendationContext context, Span<float> scores)
    {
        for (var item = 0; item < _scores.Length; item++)
        {
            if (_scores[item] > 0f)
                scores[item] = _scores[item];
        }
    }

    /// <inheritdoc />
    public string Explain(RecommendationContext context, int item) =>
        string.Create(CultureInfo.InvariantCulture, $"popular: bought by {_buyers[item]} customers");
}
