using System.Globalization;

namespace Personalization.Engine.Segments;

/// <summary>
/// Parses a condition's text parameters into values, falling back to the declared defaults.
/// </summary>
/// <remarks>The validator calls the Try methods to explain what is wrong; the compiler reads rules the validator accepted.</remarks>
public static class ConditionReader
{
    /// <summary>Gets a parameter's text, or its declared default.</summary>
    public static string Text(RuleCondition condition, string name)
    {
        var value = condition.Get(name);
        if (value != null)
            return value;
        return ConditionTypes.Find(condition.Type)?.Find(name)?.Default;
    }

    /// <summary>Parses a whole number.</summary>
    public static bool TryInteger(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a decimal number.</summary>
    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a UTC date or date-time.</summary>
    public static bool TryDate(string text, out DateTime value)
    {
        var ok = DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ"],
            CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
        value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return ok;
    }

    /// <summary>Parses "true" or "false".</summary>
    public static bool TryBoolean(string text, out bool value)
    {
        value = text == "true";
        return text is "true" or "false";
    }

    /// <summary>Parses comma-separated positive ids; false on the first that is not one.</summary>
    public static bool TryIds(string text, out int[] ids, out string bad)
    {
        var parts = SplitList(text);
        ids = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryInteger(parts[i], out ids[i]) || ids[i] <= 0)
            {
                bad = parts[i];
                return false;
            }
        }

        bad = null;
        return parts.Length > 0;
    }

    /// <summary>Splits a comma-separated list, trimming and dropping blanks.</summary>
    public static string[] SplitList(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Reads a whole number the validator accepted (or the default); null when absent.</summary>
    public static int? Integer(RuleCondition condition, string name) =>
        TryInteger(Text(condition, name), out var value) ? value : null;

    /// <summary>Reads a decimal the validator accepted (or the default); null when absent.</summary>
    public static decimal? Decimal(RuleCondition condition, string name) =>
        TryDecimal(Text(condition, name), out var value) ? value : null;

    /// <summary>Reads a date the validator accepted; null when absent.</summary>
    public static DateTime? Date(RuleCondition condition, string name) =>
        TryDate(Text(condition, name), out var value) ? value : null;

    /// <summary>Reads a flag (or its default); false when absent.</summary>
    public static bool Boolean(RuleCondition condition, string name) =>
        TryBoolean(Text(condition, name), out var value) && value;

    /// <summary>Reads an id list; empty when absent.</summary>
    public static int[] Ids(RuleCondition condition, string name) =>
        TryIds(Text(condition, name), out var ids, out _) ? ids : [];

    /// <summary>Reads a text list in lower case; empty when absent.</summary>
    public static string[] LowerList(RuleCondition condition, string name) =>
        Array.ConvertAll(SplitList(Text(condition, name)), value => value.ToLowerInvariant());
}
