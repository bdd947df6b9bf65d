namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table names of the segment engine's storage.
/// </summary>
public static class SegmentTables
{
    /// <summary>Gets the table of narrow profile attributes.</summary>
    public static string CustomerProfileAttribute => PersonalizationDefaults.TablePrefix + "CustomerProfileAttribute";

    /// <summary>Gets the table of the merchant's segments.</summary>
    public static string Segment => PersonalizationDefaults.TablePrefix + "Segment";

    /// <summary>Gets the table of materialized segment members.</summary>
    public static string SegmentMember => PersonalizationDefaults.TablePrefix + "SegmentMember";

    /// <summary>Gets the table of segment sizes after each materialization.</summary>
    public static string SegmentSizeSnapshot => PersonalizationDefaults.TablePrefix + "SegmentSizeSnapshot";

    /// <summary>Most characters of an attribute's name.</summary>
    public const int NameMaxLength = 100;

    /// <summary>Most characters of an attribute's text value.</summary>
    public const int TextMaxLength = 400;

    /// <summary>Most characters of a segment's name.</summary>
    public const int SegmentNameMaxLength = 200;

    /// <summary>Most characters of a segment's template key.</summary>
    public const int TemplateKeyMaxLength = 100;

    /// <summary>Most characters of a materialization error kept on the segment.</summary>
    public const int ErrorMaxLength = 1000;
}
