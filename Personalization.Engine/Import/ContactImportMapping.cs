namespace Personalization.Engine.Import;

/// <summary>
/// How the columns of an imported contact file map to profiles: the key column, typed traits and an optional lifetime value.
/// </summary>
/// <param name="KeyColumn">Header of the column that identifies the contact.</param>
/// <param name="KeyKind">Whether that column holds e-mail addresses or customer ids.</param>
/// <param name="Traits">Columns imported as traits.</param>
/// <param name="LifetimeValueColumn">Header of a lifetime value column that overrides the computed one; null when none.</param>
public sealed record ContactImportMapping(string KeyColumn, ContactKeyKind KeyKind, IReadOnlyList<TraitColumn> Traits, string LifetimeValueColumn = null);
