using System.Buffers;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// A strategy that ranks the catalogue by a trained model's scores and explains each pick.
/// </summary>
public sealed class ScoringStrategy(IItemScorer scorer) : IRecommendationStrategy
{
    /// <inheritdoc />
    public string SystemName => scorer.SystemName;

    /// <inheritdoc />
    public bool IsApplicable(RecommendationContext context) => scorer.CanScore(context);

    /// <inheritdoc />
    public IReadOnlyList<ScoredItem> Recommend(RecommendationContext context, int limit)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (limit <= 0 || !scorer.CanScore(context))
            return [];

        var buffer = ArrayPool<float>.Shared.Rent(scorer.ItemCount);
        try
        {
            var scores = buffer.AsSpan(0, scorer.ItemCount);
            scores.Fill(float.NegativeInfinity);
            scorer.Score(context, scores);
            var top = TopK.Select(scores, limit, context.Exclude);
            var result = new ScoredItem[top.Length];
            for (var i = 0; i < top.Length; i++)
                result[i] = new ScoredItem(top[i], scores[top[i]], scorer.SystemName, scorer.Explain(context, top[i]));
            return result;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
    }
}
