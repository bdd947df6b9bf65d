namespace Personalization.Engine.Segments;

/// <summary>
/// What compiling a rule needs besides the rule: the catalog, the other segments and the RFM boundaries.
/// </summary>
public sealed record SegmentCompileContext
{
    /// <summary>Gets the catalog that expands category and manufacturer filters.</summary>
    public ISegmentCatalog Catalog { get; init; } = SegmentCatalog.Empty;

    /// <summary>Gets the other segments' rules.</summary>
    public ISegmentDirectory Segments { get; init; } = SegmentDirectory.Empty;

    /// <summary>Gets the RFM cut points.</summary>
    public RfmBoundaries Rfm { get; init; } = RfmBoundaries.Default;

    /// <summary>Gets a context with the defaults.</summary>
    public static SegmentCompileContext Default { get; } = new();
}
