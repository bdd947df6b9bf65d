namespace Personalization.Engine.Recommendations;

/// <summary>
/// One way of filling a recommendation slot; strategies run in a configured order until the slot is full.
/// </summary>
public interface IRecommendationStrategy
{
    /// <summary>Gets the strategy's stable name (stored with lists and shown in reports).</summary>
    string SystemName { get; }

    /// <summary>Returns whether the strategy has anything to say for this visitor.</summary>
    bool IsApplicable(RecommendationContext context);

    /// <summary>Returns up to <paramref name="limit"/> items, best first, none of them in the context's exclude set.</summary>
    IReadOnlyList<ScoredItem> Recommend(RecommendationContext context, int limit);
}
