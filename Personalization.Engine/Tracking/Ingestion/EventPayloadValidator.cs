using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// Validates a storefront tracking batch strictly and either returns every event or one error (never part of a batch).
/// </summary>
/// <remarks>
/// Schema (UTF-8 JSON, at most <see cref="IngestionLimits.MaxPayloadBytes"/> bytes):
/// <code>
/// {"events":[{"name":"video_complete","label":"Caulking basics","value":1,"entityId":0,
///             "url":"/caulk","properties":{"k":"v"},"ts":1732440000000}]}
/// </code>
/// Only "events" at the root; per event only name (required), label, value, entityId, url, properties, ts; null means absent.
/// name is one of <see cref="ClientEventNames.All"/>; "custom" needs its own name in "label".
/// scroll_depth needs a value 0..100, time_on_page a value 0..86400 seconds.
/// properties: at most 16 pairs, names of letters, digits, '_', '-', '.'; values text, number or boolean (no nesting).
/// ts: the browser clock in Unix milliseconds (a hint; the stored time is the server's).
/// Text is trimmed and NFC-normalized; control characters, NUL, lone surrogates and U+FFFE/U+FFFF refuse the batch.
/// Any field named customer/customerId/customer_id refuses the batch: the customer is the server-side identity.
/// </remarks>
public static class EventPayloadValidator
{
    const string SchemaHint = "expected {\"events\":[{\"name\":...}]}";

    /// <summary>Validates one request body.</summary>
    public static IngestionResult Validate(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length == 0)
            return IngestionResult.Refused("the request body is empty; " + SchemaHint);
        if (utf8Json.Length > IngestionLimits.MaxPayloadBytes)
            return IngestionResult.Refused($"the payload is {utf8Json.Length} bytes; at most {IngestionLimits.MaxPayloadBytes} are accepted");

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = IngestionLimits.MaxDepth });
        try
        {
            var error = ReadRoot(ref reader, out var events);
            return error == null ? IngestionResult.Valid(events) : IngestionResult.Refused(error);
        }
        catch (JsonException ex)
        {
            //the reader's own message names the token; its position is what a script author needs
            return IngestionResult.Refused($"the payload is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})");
        }
        catch (InvalidOperationException)
        {
            //comparing an escaped name such as "\udfff" unescapes it, and a lone surrogate throws there
            return IngestionResult.Refused("the payload contains invalid unicode (a lone surrogate or malformed UTF-8)");
        }
    }

    static string ReadRoot(ref Utf8JsonReader reader, out List<IngestedEvent> events)
    {
        events = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return "the payload must be a JSON object; " + SchemaHint;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!reader.ValueTextEquals("events"u8))
                return UnknownField(ref reader, "the payload", "events");
            if (events != null)
                return "\"events\" appears twice";

            reader.Read();
            var error = ReadEvents(ref reader, out events);
            if (error != null)
                return error;
        }

        //a second top-level value makes Read throw, which reports it as malformed JSON
        if (reader.Read())
            return "the payload must hold one JSON object";
        if (events == null)
            return "the payload has no \"events\" array; " + SchemaHint;
        if (events.Count == 0)
            return "\"events\" is empty";
        return null;
    }

    static string ReadEvents(ref Utf8JsonReader reader, out List<IngestedEvent> events)
    {
        events = null;
        if (reader.TokenType != JsonTokenType.StartArray)
            return "\"events\" must be an array";

        events = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (events.Count == IngestionLimits.MaxEvents)
                return $"too many events; at most {IngestionLimits.MaxEvents} per call";
            if (reader.TokenType != JsonTokenType.StartObject)
                return $"events[{events.Count}] must be an object";

            var error = ReadEvent(ref reader, out var item);
            if (error != null)
                return $"events[{events.Count}]: {error}";
            events.Add(item);
        }

        return null;
    }

    static string ReadEvent(ref Utf8JsonReader reader, out IngestedEvent item)
    {
        item = null;
        string name = null, label = null, url = null;
        var type = default(TrackedEventType);
        decimal? value = null;
        int? entityId = null;
        DateTime? clientTime = null;
        Dictionary<string, string> properties = null;
        var seen = 0;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = FieldOf(ref reader);
            if (field < 0)
                return UnknownField(ref reader, "an event", "name, label, value, entityId, url, properties, ts");
            if ((seen & (1 << field)) != 0)
                return $"\"{FieldNames[field]}\" appears twice";
            seen |= 1 << field;

            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
                continue;

            string error;
            switch (field)
            {
                case 0:
                    error = ReadName(ref reader, out name, out type);
                    break;
                case 1:
                    error = ReadText(ref reader, "label", TrackedEventLimits.LabelMaxLength, out label);
                    break;
                case 2:
                    error = ReadValue(ref reader, out value);
                    break;
                case 3:
                    error = ReadEntityId(ref reader, out entityId);
                    break;
                case 4:
                    error = ReadUrl(ref reader, out url);
                    break;
                case 5:
                    error = ReadProperties(ref reader, out properties);
                    break;
                default:
                    error = ReadTimestamp(ref reader, out clientTime);
                    break;
            }

            if (error != null)
                return error;
        }

        if (name == null)
            return "\"name\" is missing";
        var rule = CheckTypeRules(type, label, value);
        if (rule != null)
            return rule;

        item = new IngestedEvent(type, name, label, value ?? 0m, entityId ?? 0, url,
            properties ?? (IReadOnlyDictionary<string, string>)EmptyProperties, clientTime);
        return null;
    }

    static readonly Dictionary<string, string> EmptyProperties = [];

    static readonly string[] FieldNames = ["name", "label", "value", "entityId", "url", "properties", "ts"];

    static int FieldOf(ref Utf8JsonReader reader)
    {
        //compared on the raw bytes, so known field names cost no string
        if (reader.ValueTextEquals("name"u8)) return 0;
        if (reader.ValueTextEquals("label"u8)) return 1;
        if (reader.ValueTextEquals("value"u8)) return 2;
        if (reader.ValueTextEquals("entityId"u8)) return 3;
        if (reader.ValueTextEquals("url"u8)) return 4;
        if (reader.ValueTextEquals("properties"u8)) return 5;
        if (reader.ValueTextEquals("ts"u8)) return 6;
        return -1;
    }

    static string UnknownField(ref Utf8JsonReader reader, string where, string allowed)
    {
        //an invalid name never gets here: comparing it with the known names already threw
        var field = reader.GetString();

        if (IsCustomerField(field))
            return $"\"{Quote(field)}\" is not accepted: the customer is always the signed-in identity, never one sent by the browser";
        return $"unknown field \"{Quote(field)}\" in {where}; allowed: {allowed}";
    }

    /// <summary>Gets whether a field name claims to carry a customer identity.</summary>
    static bool IsCustomerField(string field)
    {
        var compact = field.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return compact.Equals("customer", StringComparison.OrdinalIgnoreCase)
            || compact.Equals("customerid", StringComparison.OrdinalIgnoreCase)
            || compact.Equals("customerguid", StringComparison.OrdinalIgnoreCase);
    }

    static string ReadName(ref Utf8JsonReader reader, out string name, out TrackedEventType type)
    {
        name = null;
        type = default;
        if (reader.TokenType != JsonTokenType.String)
            return "\"name\" must be a string";

        foreach (var pair in ClientEventNames.All)
        {
            if (reader.ValueTextEquals(pair.Key))
            {
                name = pair.Key;
                type = pair.Value;
                return null;
            }
        }

        var error = ReadText(ref reader, "name", 100, out var sent);
        if (error != null)
            return error;
        return $"unknown event name \"{Quote(sent)}\"; known: {string.Join(", ", ClientEventNames.All.Select(p => p.Key))}";
    }

    static string ReadValue(ref Utf8JsonReader reader, out decimal? value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.Number)
            return "\"value\" must be a number";
        if (!reader.TryGetDecimal(out var number) || Math.Abs(number) > IngestionLimits.MaxAbsoluteValue)
            return $"\"value\" must be between -{IngestionLimits.MaxAbsoluteValue} and {IngestionLimits.MaxAbsoluteValue}";
        value = number;
        return null;
    }

    static string ReadEntityId(ref Utf8JsonReader reader, out int? entityId)
    {
        entityId = null;
        if (reader.TokenType != JsonTokenType.Number)
            return "\"entityId\" must be a number";
        if (!reader.TryGetInt32(out var id) || id < 0)
            return "\"entityId\" must be a whole number from 0 to 2147483647";
        entityId = id;
        return null;
    }

    static string ReadUrl(ref Utf8JsonReader reader, out string url)
    {
        var error = ReadText(ref reader, "url", IngestionLimits.UrlMaxLength, out url);
        if (error != null)
            return error;
        //a path or an http(s) address: anything else (javascript:, data:) has no business in an event
        if (url.StartsWith('/') || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            return null;
        return "\"url\" must be a path starting with / or an http(s) address";
    }

    static string ReadTimestamp(ref Utf8JsonReader reader, out DateTime? time)
    {
        time = null;
        //2000-01-01 .. 2100-01-01: catches seconds sent as milliseconds and garbage clocks
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var ms) || ms < 946_684_800_000 || ms >= 4_102_444_800_000)
            return "\"ts\" must be Unix time in milliseconds (a whole number between the years 2000 and 2100)";
        time = DateTime.UnixEpoch.AddMilliseconds(ms);
        return null;
    }

    static string ReadProperties(ref Utf8JsonReader reader, out Dictionary<string, string> properties)
    {
        properties = null;
        if (reader.TokenType != JsonTokenType.StartObject)
            return "\"properties\" must be an object";

        properties = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (properties.Count == IngestionLimits.MaxProperties)
                return $"\"properties\" has more than {IngestionLimits.MaxProperties} entries";

            var error = ReadText(ref reader, "a property name", IngestionLimits.PropertyNameMaxLength, out var key);
            if (error != null)
                return error;
            if (IsCustomerField(key))
                return $"property \"{Quote(key)}\" is not accepted: the customer is always the signed-in identity, never one sent by the browser";
            if (key.Length == 0 || !IsPropertyName(key))
                return $"property name \"{Quote(key)}\" may hold only letters, digits, '_', '-' and '.'";
            if (properties.ContainsKey(key))
                return $"property \"{key}\" appears twice";

            reader.Read();
            string text;
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    error = ReadText(ref reader, $"property \"{key}\"", IngestionLimits.PropertyValueMaxLength, out text);
                    if (error != null)
                        return error;
                    break;
                case JsonTokenType.Number:
                    if (!reader.TryGetDecimal(out var number))
                        return $"property \"{key}\" is a number out of range";
                    text = number.ToString(CultureInfo.InvariantCulture);
                    break;
                case JsonTokenType.True:
                    text = "true";
                    break;
                case JsonTokenType.False:
                    text = "false";
                    break;
                default:
                    return $"property \"{key}\" must be a string, number or boolean";
            }

            properties.Add(key, text);
        }

        return null;
    }

    static bool IsPropertyName(string key)
    {
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
                return false;
        }

        return true;
    }

    static string CheckTypeRules(TrackedEventType type, string label, decimal? value)
    {
        switch (type)
        {
            case TrackedEventType.Custom when string.IsNullOrEmpty(label):
                return "a custom event needs its name in \"label\"";
            case TrackedEventType.ScrollDepth when value is not (>= 0m and <= 100m):
                return "scroll_depth needs \"value\" as a percentage from 0 to 100";
            case TrackedEventType.TimeOnPage when value is not (>= 0m and <= IngestionLimits.MaxTimeOnPageSeconds):
                return $"time_on_page needs \"value\" in seconds from 0 to {IngestionLimits.MaxTimeOnPageSeconds}";
            default:
                return null;
        }
    }

    /// <summary>Reads a string token, refusing bad unicode and control characters, then trims, normalizes and caps it.</summary>
    static string ReadText(ref Utf8JsonReader reader, string field, int maxLength, out string text)
    {
        text = null;
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
            return $"{Field(field)} must be a string";

        //an escaped value can only shrink when unescaped, so a huge raw token is refused before any string is built
        var raw = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (raw > maxLength * 12L)
            return $"{Field(field)} is longer than {maxLength} characters";

        string value;
        try
        {
            value = reader.GetString();
        }
        catch (InvalidOperationException)
        {
            //invalid UTF-8 bytes or an escaped lone surrogate (\ud800)
            return $"{Field(field)} contains invalid unicode (a lone surrogate or malformed UTF-8)";
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c))
                return $"{Field(field)} contains a control character (U+{(int)c:X4})";
            if (c is '\uFFFE' or '\uFFFF')
                return $"{Field(field)} contains a non-character (U+{(int)c:X4})";
            if (char.IsHighSurrogate(c) && (i + 1 == value.Length || !char.IsLowSurrogate(value[++i])))
                return $"{Field(field)} contains invalid unicode (a lone surrogate or malformed UTF-8)";
            if (char.IsLowSurrogate(c))
                return $"{Field(field)} contains invalid unicode (a lone surrogate or malformed UTF-8)";
        }

        value = value.Trim();
        if (!value.IsNormalized(NormalizationForm.FormC))
            value = value.Normalize(NormalizationForm.FormC);
        if (value.Length > maxLength)
            return $"{Field(field)} is longer than {maxLength} characters";

        text = value;
        return null;
    }

    static string Field(string field) => field.Contains(' ') ? field : $"\"{field}\"";

    /// <summary>Makes client text safe to echo in a message or a log line.</summary>
    static string Quote(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 40));
        foreach (var c in text)
        {
            if (builder.Length == 40)
            {
                builder.Append('…');
                break;
            }

            builder.Append(char.IsControl(c) || char.IsSurrogate(c) || c == '"' ? '?' : c);
        }

        return builder.ToString();
    }
}
