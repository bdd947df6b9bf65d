using System.Text;

namespace Personalization.Engine.Data;

/// <summary>
/// Splits CSV records (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes).
/// </summary>
public static class CsvLineSplitter
{
    /// <summary>
    /// Reads the next record from the reader into <paramref name="fields"/>; returns false at the end of the input.
    /// <paramref name="physicalLines"/> says how many text lines the record spanned.
    /// </summary>
    public static bool TryReadRecord(TextReader reader, List<string> fields, StringBuilder buffer, out int physicalLines, out bool unterminatedQuote)
    {
        fields.Clear();
        buffer.Clear();
        physicalLines = 0;
        unterminatedQuote = false;

        var line = reader.ReadLine();
        if (line == null)
            return false;

        physicalLines = 1;
        var inQuotes = false;
        while (true)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (inQuotes)
                {
                    if (c != '"')
                        buffer.Append(c);
                    else if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        buffer.Append('"');
                        i++;
                    }
                    else
                        inQuotes = false;
                }
                else if (c == '"')
                    inQuotes = true;
                else if (c == ',')
                {
                    fields.Add(buffer.ToString());
                    buffer.Clear();
                }
                else
                    buffer.Append(c);
            }

            if (!inQuotes)
                break;

            //a quoted field continues on the next line
            var next = reader.ReadLine();
            if (next == null)
            {
                unterminatedQuote = true;
                break;
            }

            buffer.Append('\n');
            line = next;
            physicalLines++;
        }

        fields.Add(buffer.ToString());
        return true;
    }
}
