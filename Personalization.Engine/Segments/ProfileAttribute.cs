namespace Personalization.Engine.Segments;

/// <summary>
/// One row of a customer's narrow attribute table, which lets SQL test traits, scores, affinities, roles and the
/// profile fields without a column of their own the same way on every database (no JSON functions).
/// </summary>
/// <param name="Kind">What the row holds.</param>
/// <param name="Name">The trait, model or field name; null for affinities and roles.</param>
/// <param name="EntityId">The category, manufacturer or role; 0 otherwise.</param>
/// <param name="NumberValue">A number (booleans as 1/0).</param>
/// <param name="TextValue">A text, lower case for fields.</param>
/// <param name="DateValue">A date (UTC).</param>
public sealed record ProfileAttribute(ProfileAttributeKind Kind, string Name, int EntityId, decimal? NumberValue, string TextValue, DateTime? DateValue);
