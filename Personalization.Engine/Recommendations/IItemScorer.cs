namespace Personalization.Engine.Recommendations;

/// <summary>
/// A trained model that gives every catalogue item a score for a visitor; <see cref="ScoringStrategy"/> turns it into a list.
/// </summary>
public interface IItemScorer
{
    /// <summary>Gets the model's stable name.</summary>
    string SystemName { get; }

    /// <summary>Gets the number of items the model scores (indexes 0..ItemCount-1).</summary>
    int ItemCount { get; }

    /// <summary>Returns whether the model can score this visitor.</summary>
    bool CanScore(RecommendationContext context);

    /// <summary>
    /// Writes scores into <paramref name="scores"/>, which arrives filled with negative infinity (meaning "no opinion").
    /// </summary>
    void Score(RecommendationContext context, Span<float> scores);

    /// <summary>Returns why <paramref name="item"/> was recommended to this visitor, in words.</summary>
    string Explain(RecommendationContext context, int item);
}
