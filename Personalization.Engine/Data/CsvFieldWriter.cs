namespace Personalization.Engine.Data;

/// <summary>
/// Writes CSV records for spreadsheets (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
/// quotes doubled) and defuses cells a spreadsheet would run as a formula.
/// </summary>
/// <remarks>
/// A cell starting with '=', '+', '-', '@', a tab or a carriage return is read as a formula by Excel, LibreOffice and
/// Google Sheets ("=HYPERLINK(...)" in a customer's name). Such a text cell gets a leading apostrophe, which the
/// spreadsheet shows as plain text (OWASP's advice on CSV injection). Numbers are written by the caller in invariant
/// culture and never start with such a character except for a minus sign, so they are passed as numbers, not text.
/// </remarks>
public static class CsvFieldWriter
{
    static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    /// <summary>Gets whether a spreadsheet would read a text cell as a formula.</summary>
    public static bool LooksLikeFormula(string value) =>
        !string.IsNullOrEmpty(value) && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Turns a text value into one CSV field: defused when it looks like a formula, quoted when needed.</summary>
    public static string Text(string value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        if (LooksLikeFormula(value))
            value = "'" + value;
        return value.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>Writes one record of fields already made with <see cref="Text"/> (or invariant numbers), ending it with CRLF.</summary>
    public static async Task WriteRecordAsync(TextWriter writer, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        await writer.WriteAsync(string.Join(',', fields));
        await writer.WriteAsync("\r\n");
    }
}
