namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table names of the segment engine's storage.
/// </summary>
public static class SegmentTables
{
    /// <summary>Gets the table of narrow profile attributes.</summary>
    public static string CustomerProfileAttribute => PersonalizationDefaults.TablePrefix + "CustomerProfileAttribute";

    /// <summary>Most characters of an attribute's name.</summary>
    public const int NameMaxLength = 100;

    /// <summary>Most characters of an attribute's text value.</summary>
    public const int TextMaxLength = 400;
}
