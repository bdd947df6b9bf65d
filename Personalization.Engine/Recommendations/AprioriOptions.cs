namespace Personalization.Engine.Recommendations;

/// <summary>
/// Thresholds of association-rule mining, with the meaning and defaults of R arules' <c>apriori</c>.
/// </summary>
/// <param name="MinSupport">Smallest share of baskets holding the whole rule (compared with &gt;=).</param>
/// <param name="MinConfidence">Smallest supp(LHS and RHS) / supp(LHS).</param>
/// <param name="MinLength">Fewest items in a rule, LHS and RHS together (1 allows rules with an empty LHS).</param>
/// <param name="MaxLength">Most items in a rule, LHS and RHS together.</param>
public sealed record AprioriOptions(double MinSupport = 0.1, double MinConfidence = 0.8, int MinLength = 1, int MaxLength = 10);
