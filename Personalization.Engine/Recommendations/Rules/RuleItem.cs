namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// One product of a slot before and after the rules: where it came from, its score and why it is there.
/// </summary>
/// <param name="ProductId">The store's product id.</param>
/// <param name="Score">The strategy's score; a rule's additions carry 0.</param>
/// <param name="Reason">Why it is there, in words a merchant reads; a rule's effect is appended or replaces it.</param>
/// <param name="Source">The strategy that chose it, or <see cref="MerchandisingRules.Source"/> for a rule's additions.</param>
public sealed record RuleItem(int ProductId, float Score, string Reason, string Source);
