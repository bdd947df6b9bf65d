namespace Personalization.Engine.Customers;

/// <summary>
/// A customer's recency, frequency and monetary quintile scores (1 worst .. 5 best) and its named group.
/// </summary>
public sealed record RfmScore(int CustomerId, int RecencyDays, int Orders, decimal Spent, int R, int F, int M, RfmSegment Segment);
