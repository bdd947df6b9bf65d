namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table names and column sizes of the merchandising rules' storage.
/// </summary>
public static class MerchandisingTables
{
    /// <summary>Gets the table of the merchant's merchandising rules.</summary>
    public static string MerchandisingRule => PersonalizationDefaults.TablePrefix + "MerchandisingRule";

    /// <summary>Most characters of a rule's name.</summary>
    public const int NameMaxLength = 200;

    /// <summary>Most characters of a rule's placement in words.</summary>
    public const int PlacementMaxLength = 400;
}
