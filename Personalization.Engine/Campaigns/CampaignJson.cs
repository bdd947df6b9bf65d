using System.Text.Json;
using System.Text.Json.Serialization;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// Reads and writes campaigns (or parts of them, such as the delivery or the goal) as JSON: camelCase, enums as names.
/// </summary>
public static class CampaignJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        WriteIndented = false
    };

    /// <summary>Writes a value.</summary>
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Reads a value, or says why the text is not one (its content is checked by <see cref="CampaignValidator"/>).</summary>
    public static bool TryRead<T>(string json, out T value, out string error)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "The text is empty.";
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<T>(json, Options);
            error = value == null ? "The text holds null." : null;
            return value != null;
        }
        catch (JsonException exception)
        {
            error = $"The text is not valid JSON for a {typeof(T).Name} (line {exception.LineNumber + 1}, position {exception.BytePositionInLine + 1}): {exception.Message}";
            return false;
        }
    }
}
