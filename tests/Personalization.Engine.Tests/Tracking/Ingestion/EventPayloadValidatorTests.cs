using System.Text;
using Personalization.Engine.Tracking;
using Personalization.Engine.Tracking.Ingestion;

namespace Personalization.Engine.Tests.Tracking.Ingestion;

[TestFixture]
public class EventPayloadValidatorTests
{
    static IngestionResult Validate(string json) => EventPayloadValidator.Validate(Encoding.UTF8.GetBytes(json));

    static string Batch(string events) => "{\"events\":[" + events + "]}";

    static string Repeat(string item, int count) => string.Join(",", Enumerable.Repeat(item, count));

    /// <summary>Bad payloads written as text, with the exact message the script author gets back.</summary>
    static IEnumerable<TestCaseData> BadTextPayloads()
    {
        TestCaseData Case(string name, string json, string error) => new TestCaseData(json, error).SetName("Refused: " + name);

        //malformed JSON
        yield return Case("empty body", "", "the request body is empty; expected {\"events\":[{\"name\":...}]}");
        yield return Case("truncated", "{\"events\":[{\"name\":\"click\"", "the payload is not valid JSON (line 1, byte 27)");
        yield return Case("trailing comma", "{\"events\":[{\"name\":\"click\"},]}", "the payload is not valid JSON (line 1, byte 29)");
        yield return Case("comment", "{/*x*/\"events\":[]}", "the payload is not valid JSON (line 1, byte 2)");
        yield return Case("two documents", "{\"events\":[{\"name\":\"click\"}]} {}", "the payload is not valid JSON (line 1, byte 31)");
        yield return Case("single quotes", "{'events':[]}", "the payload is not valid JSON (line 1, byte 2)");
        yield return Case("root array", "[{\"name\":\"click\"}]", "the payload must be a JSON object; expected {\"events\":[{\"name\":...}]}");
        yield return Case("root string", "\"click\"", "the payload must be a JSON object; expected {\"events\":[{\"name\":...}]}");
        yield return Case("no events", "{}", "the payload has no \"events\" array; expected {\"events\":[{\"name\":...}]}");
        yield return Case("empty events", "{\"events\":[]}", "\"events\" is empty");
        yield return Case("events twice", "{\"events\":[{\"name\":\"click\"}],\"events\":[]}", "\"events\" appears twice");
        yield return Case("events not array", "{\"events\":{\"name\":\"click\"}}", "\"events\" must be an array");
        yield return Case("event not object", Batch("\"click\""), "events[0] must be an object");

        //unknown or forged fields
        yield return Case("unknown root field", "{\"events\":[{\"name\":\"click\"}],\"v\":2}", "unknown field \"v\" in the payload; allowed: events");
        yield return Case("unknown event field", Batch("{\"name\":\"click\",\"target\":\"#buy\"}"), "events[0]: unknown field \"target\" in an event; allowed: name, label, value, entityId, url, properties, ts");
        yield return Case("forged customerId", Batch("{\"name\":\"click\",\"customerId\":1}"), "events[0]: \"customerId\" is not accepted: the customer is always the signed-in identity, never one sent by the browser");
        yield return Case("forged customer at root", "{\"customer\":{\"id\":1},\"events\":[{\"name\":\"click\"}]}", "\"customer\" is not accepted: the customer is always the signed-in identity, never one sent by the browser");
        yield return Case("forged customer_id, other case", Batch("{\"name\":\"click\",\"Customer_ID\":\"7\"}"), "events[0]: \"Customer_ID\" is not accepted: the customer is always the signed-in identity, never one sent by the browser");
        yield return Case("forged customer in properties", Batch("{\"name\":\"click\",\"properties\":{\"customerId\":\"7\"}}"), "events[0]: property \"customerId\" is not accepted: the customer is always the signed-in identity, never one sent by the browser");
        yield return Case("field twice", Batch("{\"name\":\"click\",\"label\":\"a\",\"label\":\"b\"}"), "events[0]: \"label\" appears twice");

        //names
        yield return Case("missing name", Batch("{\"label\":\"x\"}"), "events[0]: \"name\" is missing");
        yield return Case("unknown name", Batch("{\"name\":\"click\"},{\"name\":\"purchase\"}"), "events[1]: unknown event name \"purchase\"; known: click, form_submit, video_play, video_complete, scroll_depth, time_on_page, page_view, custom");
        yield return Case("name in other case", Batch("{\"name\":\"Click\"}"), "events[0]: unknown event name \"Click\"; known: click, form_submit, video_play, video_complete, scroll_depth, time_on_page, page_view, custom");
        yield return Case("server-only name", Batch("{\"name\":\"order_placed\",\"value\":999}"), "events[0]: unknown event name \"order_placed\"; known: click, form_submit, video_play, video_complete, scroll_depth, time_on_page, page_view, custom");
        yield return Case("custom without label", Batch("{\"name\":\"custom\",\"properties\":{\"a\":1}}"), "events[0]: a custom event needs its name in \"label\"");

        //wrong types
        yield return Case("name a number", Batch("{\"name\":5}"), "events[0]: \"name\" must be a string");
        yield return Case("label an object", Batch("{\"name\":\"click\",\"label\":{\"x\":1}}"), "events[0]: \"label\" must be a string");
        yield return Case("value a string", Batch("{\"name\":\"click\",\"value\":\"1\"}"), "events[0]: \"value\" must be a number");
        yield return Case("value too large", Batch("{\"name\":\"click\",\"value\":1e30}"), "events[0]: \"value\" must be between -1000000000 and 1000000000");
        yield return Case("entityId negative", Batch("{\"name\":\"click\",\"entityId\":-1}"), "events[0]: \"entityId\" must be a whole number from 0 to 2147483647");
        yield return Case("entityId fraction", Batch("{\"name\":\"click\",\"entityId\":1.5}"), "events[0]: \"entityId\" must be a whole number from 0 to 2147483647");
        yield return Case("entityId too large", Batch("{\"name\":\"click\",\"entityId\":2147483648}"), "events[0]: \"entityId\" must be a whole number from 0 to 2147483647");
        yield return Case("ts in seconds", Batch("{\"name\":\"click\",\"ts\":1732440000}"), "events[0]: \"ts\" must be Unix time in milliseconds (a whole number between the years 2000 and 2100)");
        yield return Case("ts a string", Batch("{\"name\":\"click\",\"ts\":\"now\"}"), "events[0]: \"ts\" must be Unix time in milliseconds (a whole number between the years 2000 and 2100)");
        yield return Case("scroll depth over 100", Batch("{\"name\":\"scroll_depth\",\"value\":150}"), "events[0]: scroll_depth needs \"value\" as a percentage from 0 to 100");
        yield return Case("scroll depth without value", Batch("{\"name\":\"scroll_depth\"}"), "events[0]: scroll_depth needs \"value\" as a percentage from 0 to 100");
        yield return Case("time on page negative", Batch("{\"name\":\"time_on_page\",\"value\":-3}"), "events[0]: time_on_page needs \"value\" in seconds from 0 to 86400");
        yield return Case("javascript url", Batch("{\"name\":\"click\",\"url\":\"javascript:alert(1)\"}"), "events[0]: \"url\" must be a path starting with / or an http(s) address");
        yield return Case("properties an array", Batch("{\"name\":\"click\",\"properties\":[1]}"), "events[0]: \"properties\" must be an object");
        yield return Case("property null", Batch("{\"name\":\"click\",\"properties\":{\"a\":null}}"), "events[0]: property \"a\" must be a string, number or boolean");
        yield return Case("property name with space", Batch("{\"name\":\"click\",\"properties\":{\"a b\":1}}"), "events[0]: property name \"a b\" may hold only letters, digits, '_', '-' and '.'");

        //nesting
        yield return Case("nested property object", Batch("{\"name\":\"click\",\"properties\":{\"a\":{\"b\":{\"c\":{\"d\":1}}}}}"), "events[0]: property \"a\" must be a string, number or boolean");
        yield return Case("deep arrays", new string('[', 5000) + new string(']', 5000), "the payload must be a JSON object; expected {\"events\":[{\"name\":...}]}");
        yield return Case("deep arrays inside events", "{\"events\":" + new string('[', 3000) + new string(']', 3000) + "}", "events[0] must be an object");

        //sizes
        yield return Case("label too long", Batch("{\"name\":\"click\",\"label\":\"" + new string('a', 201) + "\"}"), "events[0]: \"label\" is longer than 200 characters");
        yield return Case("label too long once escaped", Batch("{\"name\":\"click\",\"label\":\"" + string.Concat(Enumerable.Repeat("\\u0061", 201)) + "\"}"), "events[0]: \"label\" is longer than 200 characters");
        yield return Case("url too long", Batch("{\"name\":\"click\",\"url\":\"/" + new string('a', 512) + "\"}"), "events[0]: \"url\" is longer than 512 characters");
        yield return Case("property value too long", Batch("{\"name\":\"click\",\"properties\":{\"a\":\"" + new string('x', 201) + "\"}}"), "events[0]: property \"a\" is longer than 200 characters");
        yield return Case("property name too long", Batch("{\"name\":\"click\",\"properties\":{\"" + new string('k', 41) + "\":1}}"), "events[0]: a property name is longer than 40 characters");
        yield return Case("too many properties", Batch("{\"name\":\"click\",\"properties\":{" + string.Join(",", Enumerable.Range(0, 17).Select(i => $"\"p{i}\":{i}")) + "}}"), "events[0]: \"properties\" has more than 16 entries");
        yield return Case("51 events", Batch(Repeat("{\"name\":\"click\"}", 51)), "too many events; at most 50 per call");
        yield return Case("over 32 KB", Batch(Repeat("{\"name\":\"click\",\"label\":\"" + new string('a', 200) + "\"}", 150)), "the payload is 34212 bytes; at most 32768 are accepted");

        //unicode edge cases
        yield return Case("escaped NUL", Batch("{\"name\":\"click\",\"label\":\"a\\u0000b\"}"), "events[0]: \"label\" contains a control character (U+0000)");
        yield return Case("escaped bell", Batch("{\"name\":\"click\",\"label\":\"\\u0007\"}"), "events[0]: \"label\" contains a control character (U+0007)");
        yield return Case("escaped newline", Batch("{\"name\":\"click\",\"label\":\"line\\nbreak\"}"), "events[0]: \"label\" contains a control character (U+000A)");
        yield return Case("C1 control", Batch("{\"name\":\"click\",\"label\":\"a\\u0085\"}"), "events[0]: \"label\" contains a control character (U+0085)");
        yield return Case("raw control character", Batch("{\"name\":\"click\",\"label\":\"a\u0001b\"}"), "the payload is not valid JSON (line 1, byte 38)");
        yield return Case("lone high surrogate", Batch("{\"name\":\"click\",\"label\":\"\\ud800\"}"), "events[0]: \"label\" contains invalid unicode (a lone surrogate or malformed UTF-8)");
        yield return Case("lone low surrogate", Batch("{\"name\":\"click\",\"label\":\"x\\udc00y\"}"), "events[0]: \"label\" contains invalid unicode (a lone surrogate or malformed UTF-8)");
        yield return Case("swapped surrogates", Batch("{\"name\":\"click\",\"label\":\"\\udc00\\ud800\"}"), "events[0]: \"label\" contains invalid unicode (a lone surrogate or malformed UTF-8)");
        yield return Case("non-character", Batch("{\"name\":\"click\",\"label\":\"\\uffff\"}"), "events[0]: \"label\" contains a non-character (U+FFFF)");
        yield return Case("lone surrogate in property name", Batch("{\"name\":\"click\",\"properties\":{\"\\ud800\":1}}"), "events[0]: a property name contains invalid unicode (a lone surrogate or malformed UTF-8)");
        yield return Case("lone surrogate in unknown field", Batch("{\"name\":\"click\",\"\\udfff\":1}"), "the payload contains invalid unicode (a lone surrogate or malformed UTF-8)");
    }

    [TestCaseSource(nameof(BadTextPayloads))]
    public void Bad_payload_is_refused_whole_with_its_message(string json, string expectedError)
    {
        var result = Validate(json);

        Assert.That(result.Error, Is.EqualTo(expectedError));
        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Events, Is.Empty);
    }

    /// <summary>Bad payloads that are bytes no C# string can hold (malformed UTF-8).</summary>
    static IEnumerable<TestCaseData> BadBytePayloads()
    {
        byte[] WithLabelBytes(params byte[] bytes) =>
            [.. Encoding.UTF8.GetBytes("{\"events\":[{\"name\":\"click\",\"label\":\"a"), .. bytes, .. Encoding.UTF8.GetBytes("\"}]}")];

        yield return new TestCaseData(WithLabelBytes(0xFF), "events[0]: \"label\" contains invalid unicode (a lone surrogate or malformed UTF-8)").SetName("Refused: invalid UTF-8 byte");
        yield return new TestCaseData(WithLabelBytes(0xC3), "events[0]: \"label\" contains invalid unicode (a lone surrogate or malformed UTF-8)").SetName("Refused: truncated UTF-8 sequence");
        yield return new TestCaseData(WithLabelBytes(0xED, 0xA0, 0x80), "events[0]: \"label\" contains invalid unicode (a lone surrogate or malformed UTF-8)").SetName("Refused: surrogate encoded as UTF-8");
        yield return new TestCaseData(WithLabelBytes(0xC0, 0xAF), "events[0]: \"label\" contains invalid unicode (a lone surrogate or malformed UTF-8)").SetName("Refused: overlong UTF-8");
    }

    [TestCaseSource(nameof(BadBytePayloads))]
    public void Malformed_utf8_is_refused_whole_with_its_message(byte[] payload, string expectedError)
    {
        var result = EventPayloadValidator.Validate(payload);

        Assert.That(result.Error, Is.EqualTo(expectedError));
        Assert.That(result.Events, Is.Empty);
    }

    [Test]
    public void Full_event_is_read_with_every_field()
    {
        var result = Validate(Batch("{\"name\":\"video_complete\",\"label\":\"Caulking basics\",\"value\":1,\"entityId\":12,\"url\":\"/caulk\",\"properties\":{\"k\":\"v\",\"n\":2.5,\"b\":true},\"ts\":1732440000000}"));

        Assert.That(result.Error, Is.Null);
        var item = result.Events.Single();
        Assert.That(item.Type, Is.EqualTo(TrackedEventType.VideoComplete));
        Assert.That(item.Label, Is.EqualTo("Caulking basics"));
        Assert.That(item.Value, Is.EqualTo(1m));
        Assert.That(item.EntityId, Is.EqualTo(12));
        Assert.That(item.Url, Is.EqualTo("/caulk"));
        Assert.That(item.Properties, Is.EqualTo(new Dictionary<string, string> { ["k"] = "v", ["n"] = "2.5", ["b"] = "true" }));
        Assert.That(item.ClientTimeUtc, Is.EqualTo(new DateTime(2024, 11, 24, 9, 20, 0, DateTimeKind.Utc)));
    }

    [TestCase("click", TrackedEventType.Click)]
    [TestCase("form_submit", TrackedEventType.FormSubmit)]
    [TestCase("video_play", TrackedEventType.VideoPlay)]
    [TestCase("page_view", TrackedEventType.PageView)]
    public void Each_script_event_name_maps_to_its_stored_type(string name, TrackedEventType expected)
    {
        var result = Validate(Batch("{\"name\":\"" + name + "\"}"));

        Assert.That(result.Events.Single().Type, Is.EqualTo(expected));
    }

    [Test]
    public void Custom_event_is_stored_as_custom_with_its_name_as_label()
    {
        var result = Validate(Batch("{\"name\":\"custom\",\"label\":\"newsletter_popup_shown\",\"properties\":{\"variant\":\"b\"}}"));
        var row = result.Events.Single().ToVisitorEvent(7, Guid.Empty, 1, Guid.Empty, DateTime.UnixEpoch);

        Assert.That(row.Type, Is.EqualTo(TrackedEventType.Custom));
        Assert.That(row.Label, Is.EqualTo("newsletter_popup_shown"));
        Assert.That(row.CustomerId, Is.EqualTo(7));
    }

    [Test]
    public void Fifty_events_of_nearly_32_KB_are_accepted()
    {
        var json = Batch(Repeat("{\"name\":\"click\",\"label\":\"" + new string('a', 200) + "\",\"url\":\"/p\",\"value\":3}", 50));

        var result = Validate(json);

        Assert.That(result.Error, Is.Null);
        Assert.That(result.Events, Has.Count.EqualTo(50));
    }

    [Test]
    public void Labels_are_trimmed_and_composed_to_nfc_and_valid_surrogate_pairs_kept()
    {
        var result = Validate(Batch("{\"name\":\"click\",\"label\":\"  Cafe\\u0301 \\ud83d\\ude00 \"}"));

        Assert.That(result.Events.Single().Label, Is.EqualTo("Caf\u00e9 \ud83d\ude00"));
    }

    [Test]
    public void Null_optional_fields_count_as_absent()
    {
        var result = Validate(Batch("{\"name\":\"click\",\"label\":null,\"value\":null,\"properties\":null,\"ts\":null}"));

        var item = result.Events.Single();
        Assert.That(item.Label, Is.Null);
        Assert.That(item.Value, Is.EqualTo(0m));
        Assert.That(item.Properties, Is.Empty);
    }
}
