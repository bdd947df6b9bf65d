namespace Personalization.Engine.Import;

/// <summary>
/// What identifies the contact of an imported row.
/// </summary>
public enum ContactKeyKind
{
    Email = 0,
    CustomerId = 1
}
