namespace Personalization.SegmentScale;

/// <summary>
/// Rows written per table by a load.
/// </summary>
public sealed class LoadedRows
{
    /// <summary>Gets or sets the profile rows.</summary>
    public long Profiles { get; set; }

    /// <summary>Gets or sets the event rows.</summary>
    public long Events { get; set; }

    /// <summary>Gets or sets the attribute rows.</summary>
    public long Attributes { get; set; }

    /// <summary>Gets or sets the shopping cart lines.</summary>
    public long CartLines { get; set; }
}
