namespace Personalization.Engine.Segments;

/// <summary>
/// What a row of the narrow profile-attribute table holds (the numbers are stored, so they never change meaning).
/// </summary>
public enum ProfileAttributeKind
{
    /// <summary>An imported trait: Name, one typed value (booleans as 1/0 in NumberValue).</summary>
    Trait = 1,

    /// <summary>A predicted score: Name is the model, NumberValue the score.</summary>
    Score = 2,

    /// <summary>Interactions with a category: EntityId, NumberValue the count.</summary>
    CategoryAffinity = 3,

    /// <summary>Interactions with a manufacturer: EntityId, NumberValue the count.</summary>
    ManufacturerAffinity = 4,

    /// <summary>A customer role: EntityId.</summary>
    Role = 5,

    /// <summary>A profile field the profile table has no column for: Name is the field's stored name.</summary>
    Field = 6
}
