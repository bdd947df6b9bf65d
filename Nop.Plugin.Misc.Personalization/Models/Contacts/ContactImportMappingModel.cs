namespace Nop.Plugin.Misc.Personalization.Models.Contacts;

/// <summary>
/// Represents the column mapping the import page sends with the file (as JSON)
/// </summary>
public record ContactImportMappingModel
{
    public string KeyColumn { get; set; }

    /// <summary>Gets or sets the key kind: 0 e-mail address, 1 customer id.</summary>
    public int KeyKind { get; set; }

    public string LifetimeValueColumn { get; set; }

    public IList<ContactImportTraitModel> Traits { get; set; } = new List<ContactImportTraitModel>();
}
