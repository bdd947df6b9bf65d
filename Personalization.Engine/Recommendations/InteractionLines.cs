using System.Globalization;
using System.IO.Compression;
using System.Text;
using Personalization.Engine.Data;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// Reads <c>user item [rating] [timestamp]</c> lines (separated by spaces, tabs, commas or "::"), the layout of
/// MovieLens-style exports; the timestamp is Unix seconds or an ISO date. Broken rows are reported and skipped.
/// </summary>
public static class InteractionLines
{
    static readonly string[] Separators = ["::", "\t", ",", " ", ";"];

    /// <summary>Reads a file; names ending in .gz are decompressed.</summary>
    public static InteractionReadResult ReadFile(string path)
    {
        using var file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using (stream)
            return Read(new StreamReader(stream, Encoding.UTF8));
    }

    /// <summary>Reads interaction lines; blank lines and lines starting with '#' are skipped, and so is a header line naming the columns.</summary>
    public static InteractionReadResult Read(TextReader reader)
    {
        var interactions = new List<InteractionRecord>();
        var errors = new List<CsvRowError>();
        long lineNumber = 0;
        string line;
        while ((line = reader.ReadLine()) != null)
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
                continue;

            var fields = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lineNumber == 1 && fields.Length >= 2 && IsHeader(fields))
                continue;

            if (TryParse(fields, out var interaction, out var reason))
                interactions.Add(interaction);
            else
                errors.Add(new CsvRowError(lineNumber, reason));
        }

        return new InteractionReadResult(interactions, errors);
    }

    static bool IsHeader(string[] fields) =>
        fields[0].Equals("user", StringComparison.OrdinalIgnoreCase) || fields[0].Equals("userid", StringComparison.OrdinalIgnoreCase)
        || fields[0].Equals("user_id", StringComparison.OrdinalIgnoreCase);

    static bool TryParse(string[] fields, out InteractionRecord interaction, out string reason)
    {
        interaction = null;
        if (fields.Length is < 2 or > 4)
        {
            reason = $"{fields.Length} fields, expected 'user item [rating] [timestamp]'";
            return false;
        }

        var weight = 1f;
        if (fields.Length >= 3 && (!float.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !float.IsFinite(weight)))
        {
            reason = $"rating '{fields[2]}' is not a number";
            return false;
        }

        var time = DateTime.MinValue;
        if (fields.Length == 4 && !TryParseTime(fields[3], out time))
        {
            reason = $"timestamp '{fields[3]}' is neither Unix seconds nor an ISO date";
            return false;
        }

        interaction = new InteractionRecord(fields[0], fields[1], weight, time);
        reason = null;
        return true;
    }

    static bool TryParseTime(string text, out DateTime time)
    {
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 253_402_300_800L)
        {
            time = DateTime.UnixEpoch.AddSeconds(seconds);
            return true;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out time);
    }
}
