using System.Text.Json;
using System.Text.Json.Serialization;

namespace Personalization.Engine.Segments;

/// <summary>
/// Reads and writes rules as JSON (camelCase, enums as names, a "schemaVersion" on the root object).
/// </summary>
public static class SegmentRuleJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        WriteIndented = true,
        AllowOutOfOrderMetadataProperties = true
    };

    /// <summary>Writes a rule.</summary>
    public static string Write(SegmentRule rule) => JsonSerializer.Serialize(rule, Options);

    /// <summary>Reads a rule, or says why the text is not one (the rule's content is checked by <see cref="SegmentValidator"/>).</summary>
    public static bool TryRead(string json, out SegmentRule rule, out string error)
    {
        rule = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "The rule is empty.";
            return false;
        }

        try
        {
            using (var document = JsonDocument.Parse(json))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    error = "The rule must be a JSON object.";
                    return false;
                }

                if (!document.RootElement.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number)
                {
                    error = "The rule has no \"schemaVersion\" number.";
                    return false;
                }

                if (version.GetInt32() > SegmentRule.CurrentSchemaVersion)
                {
                    error = $"The rule was written in schema version {version.GetInt32()} by a newer version of the plugin; this one reads up to {SegmentRule.CurrentSchemaVersion}.";
                    return false;
                }
            }

            rule = JsonSerializer.Deserialize<SegmentRule>(json, Options);
            error = null;
            return true;
        }
        catch (JsonException exception)
        {
            error = $"The rule is not valid JSON for a segment (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}): {exception.Message}";
            return false;
        }
    }

    /// <summary>Reads a rule.</summary>
    /// <exception cref="FormatException">The text is not a rule.</exception>
    public static SegmentRule Read(string json) =>
        TryRead(json, out var rule, out var error) ? rule : throw new FormatException(error);
}
