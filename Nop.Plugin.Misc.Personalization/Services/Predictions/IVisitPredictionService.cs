using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// Scores the current visit in real time with the cached visit outcome models, from the visit so far.
/// </summary>
public interface IVisitPredictionService
{
    /// <summary>
    /// Gets the current visitor's visit outcome scores: the probabilities that this visit ends in an order, adds to the
    /// cart and reaches the merchant's goal, by score name (purchase, cartAdd, subscribe)
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the scores; none before the first training or outside a visit
    /// </returns>
    Task<IReadOnlyDictionary<string, decimal>> ScoreCurrentVisitAsync();

    /// <summary>
    /// Gets the visit outcome scores of one visit of a visitor state
    /// </summary>
    /// <param name="state">The visitor state with its recent events</param>
    /// <param name="sessionId">The visit; empty for the visit of the latest event</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the scores by score name
    /// </returns>
    Task<IReadOnlyDictionary<string, decimal>> ScoreVisitAsync(VisitorState state, Guid sessionId);

    /// <summary>
    /// Puts the live visit outcome scores of a visit over a visitor state's stored scores, so that real-time
    /// <c>prediction</c> conditions read the current visit rather than the last nightly scoring
    /// </summary>
    /// <param name="state">The visitor state</param>
    /// <param name="sessionId">The visit; empty for the visit of the latest event</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state with the live scores
    /// </returns>
    Task<VisitorState> WithVisitScoresAsync(VisitorState state, Guid sessionId);
}
