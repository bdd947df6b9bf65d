using System.Globalization;

namespace Personalization.Engine.Profiles;

/// <summary>
/// A typed value of an imported trait (exactly one of the value properties is meaningful, by <see cref="Type"/>).
/// </summary>
public sealed record TraitValue
{
    /// <summary>Gets the value's type.</summary>
    public TraitType Type { get; init; }

    /// <summary>Gets the text of a text trait.</summary>
    public string Text { get; init; }

    /// <summary>Gets the number of a number trait.</summary>
    public decimal? Number { get; init; }

    /// <summary>Gets the date of a date trait (UTC).</summary>
    public DateTime? Date { get; init; }

    /// <summary>Gets the flag of a boolean trait.</summary>
    public bool? Boolean { get; init; }

    /// <summary>Creates a text trait.</summary>
    public static TraitValue FromText(string text) => new() { Type = TraitType.Text, Text = text };

    /// <summary>Creates a number trait.</summary>
    public static TraitValue FromNumber(decimal number) => new() { Type = TraitType.Number, Number = number };

    /// <summary>Creates a date trait.</summary>
    public static TraitValue FromDate(DateTime date) => new() { Type = TraitType.Date, Date = date };

    /// <summary>Creates a boolean trait.</summary>
    public static TraitValue FromBoolean(bool flag) => new() { Type = TraitType.Boolean, Boolean = flag };

    /// <summary>The value as a merchant would type it: text as is, numbers invariant, dates as yyyy-MM-dd (with the time when it has one), true/false.</summary>
    public string ToInvariantString() => Type switch
    {
        TraitType.Number => Number?.ToString(CultureInfo.InvariantCulture),
        TraitType.Date => Date?.ToString(Date.Value.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        TraitType.Boolean => Boolean == true ? "true" : "false",
        _ => Text
    };
}
