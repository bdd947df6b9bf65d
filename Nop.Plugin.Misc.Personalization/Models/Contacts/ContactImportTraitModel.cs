namespace Nop.Plugin.Misc.Personalization.Models.Contacts;

/// <summary>
/// Represents one column imported as a trait
/// </summary>
public record ContactImportTraitModel
{
    public string Column { get; set; }

    public string TraitName { get; set; }

    /// <summary>Gets or sets the trait type: 0 text, 1 number, 2 date, 3 yes/no.</summary>
    public int Type { get; set; }
}
