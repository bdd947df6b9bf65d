namespace Personalization.Engine.Profiles;

/// <summary>
/// The type of an imported trait's value.
/// </summary>
public enum TraitType
{
    Text = 0,
    Number = 1,
    Date = 2,
    Boolean = 3
}
