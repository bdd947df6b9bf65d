namespace Personalization.Engine.Recommendations;

/// <summary>
/// A recommended item with its score, the strategy that chose it and a reason a shopper or merchant can read.
/// </summary>
public sealed record ScoredItem(int Item, float Score, string Strategy, string Reason);
