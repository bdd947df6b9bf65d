namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// One choice of a rule editor picker: the value the rule stores (an id, or a trait's name) and what the merchant reads.
/// </summary>
/// <param name="Value">The stored value.</param>
/// <param name="Name">The text shown.</param>
public sealed record SegmentPickerOption(string Value, string Name);
