namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// The names a rule's description uses for the ids it holds; an unknown id reads as "product 12".
/// </summary>
/// <param name="Product">Name of a product id; null when unknown.</param>
/// <param name="Category">Name of a category id; null when unknown.</param>
/// <param name="Manufacturer">Name of a manufacturer id; null when unknown.</param>
/// <param name="Segment">Name of a segment id; null when unknown.</param>
/// <param name="Money">Writes an amount of the primary currency; null for the plain number.</param>
public sealed record RuleNames(Func<int, string> Product = null, Func<int, string> Category = null, Func<int, string> Manufacturer = null,
    Func<int, string> Segment = null, Func<decimal, string> Money = null);
