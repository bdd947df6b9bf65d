using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents what the rule editor renders from: the engine's condition types with the store pickers their
/// parameters use, the words of each choice and the editor's own texts
/// </summary>
public record SegmentEditorModel : BaseNopModel
{
    public IList<SegmentEditorConditionTypeModel> ConditionTypes { get; set; } = new List<SegmentEditorConditionTypeModel>();

    /// <summary>Gets or sets the words of each operator ("gte" -> "is at least").</summary>
    public IDictionary<string, string> OperatorLabels { get; set; } = new Dictionary<string, string>();

    /// <summary>Gets or sets the words of the other choices (events, windows, cart checks...).</summary>
    public IDictionary<string, string> ChoiceLabels { get; set; } = new Dictionary<string, string>();

    /// <summary>Gets or sets, per profile field, its value kind and the operators it takes.</summary>
    public IDictionary<string, SegmentEditorFieldModel> ProfileFields { get; set; } = new Dictionary<string, SegmentEditorFieldModel>();

    /// <summary>Gets or sets, per trait value type, the operators it takes.</summary>
    public IDictionary<string, IList<string>> TraitOperators { get; set; } = new Dictionary<string, IList<string>>();

    /// <summary>Gets or sets the editor's buttons and messages.</summary>
    public IDictionary<string, string> Texts { get; set; } = new Dictionary<string, string>();
}

/// <summary>
/// Represents a condition type as the editor lists it
/// </summary>
public record SegmentEditorConditionTypeModel : BaseNopModel
{
    public string Name { get; set; }

    public string Label { get; set; }

    public string Group { get; set; }

    /// <summary>Gets or sets how a batch run reads the condition when that differs from real time.</summary>
    public string BatchMeaning { get; set; }

    public IList<SegmentEditorParameterModel> Parameters { get; set; } = new List<SegmentEditorParameterModel>();
}

/// <summary>
/// Represents one parameter input of a condition
/// </summary>
public record SegmentEditorParameterModel : BaseNopModel
{
    public string Name { get; set; }

    public string Label { get; set; }

    /// <summary>Gets or sets the value type, camelCase (choice, integer, decimal, text, date, boolean, idList, textList).</summary>
    public string ValueType { get; set; }

    public bool Required { get; set; }

    public IList<string> AllowedValues { get; set; }

    public decimal? Minimum { get; set; }

    public decimal? Maximum { get; set; }

    /// <summary>Gets or sets the condition making the parameter required: "window=lastDays".</summary>
    public string RequiredWhen { get; set; }

    public string Default { get; set; }

    /// <summary>Gets or sets the picker of the value (see Services.Segments.SegmentPickers); null for a plain input.</summary>
    public string Picker { get; set; }

    /// <summary>Gets or sets the parameter whose value chooses the picker; null when <see cref="Picker"/> always applies.</summary>
    public string PickerBy { get; set; }

    /// <summary>Gets or sets, when <see cref="PickerBy"/> is set, the picker for each of its values (absent: a plain input).</summary>
    public IDictionary<string, string> PickerByValue { get; set; }

    /// <summary>Gets or sets values to suggest while typing (prediction models, devices, page types).</summary>
    public IList<string> Suggestions { get; set; }
}

/// <summary>
/// Represents a profile field's kind and operators
/// </summary>
public record SegmentEditorFieldModel : BaseNopModel
{
    /// <summary>Gets or sets the value kind, camelCase (integer, decimal, days, text, flag).</summary>
    public string Kind { get; set; }

    public IList<string> Operators { get; set; } = new List<string>();
}
