using Personalization.Engine.Profiles;

namespace Personalization.Engine.Import;

/// <summary>
/// One imported contact to insert or update, keyed by its normalized e-mail address or customer id.
/// </summary>
/// <param name="Key">The normalized key: a lower-case trimmed e-mail address, or the customer id as text.</param>
/// <param name="KeyKind">What the key is.</param>
/// <param name="Email">The normalized e-mail address; null when keyed by customer id.</param>
/// <param name="CustomerId">The customer id; null when keyed by e-mail.</param>
/// <param name="Traits">Trait values of the row; empty cells are left out, so they never erase a stored value.</param>
/// <param name="LifetimeValue">Imported lifetime value; null when absent.</param>
/// <param name="LineNumber">Line of the row in the file (1 is the header).</param>
/// <param name="DuplicateOfLine">Earlier line with the same key when this row repeats a contact (this later row wins); null otherwise.</param>
public sealed record ContactUpsert(
    string Key,
    ContactKeyKind KeyKind,
    string Email,
    int? CustomerId,
    IReadOnlyDictionary<string, TraitValue> Traits,
    decimal? LifetimeValue,
    long LineNumber,
    long? DuplicateOfLine);
