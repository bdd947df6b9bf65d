using Personalization.Engine.Segments;

namespace Personalization.Engine.Tests.Segments;

public class SegmentRuleJsonTests
{
    [Test]
    public void Rule_survives_a_json_round_trip()
    {
        var rule = SegmentTemplates.FirstVisitNotSubscribing("box-subscriber").Rule;

        var json = SegmentRuleJson.Write(rule);
        var read = SegmentRuleJson.Read(json);

        Assert.That(SegmentRuleJson.Write(read), Is.EqualTo(json));
        Assert.That(((RuleGroup)read.Root).Children[1], Is.TypeOf<RuleGroup>());
        Assert.That(json, Does.Contain("\"schemaVersion\": 1").And.Contain("\"operator\": \"not\"").And.Contain("\"node\": \"condition\""));
    }

    [Test]
    public void Rule_from_a_newer_schema_version_is_refused()
    {
        var ok = SegmentRuleJson.TryRead("{\"schemaVersion\": 3, \"root\": {\"node\": \"group\", \"operator\": \"and\", \"children\": []}}", out _, out var error);

        Assert.That(ok, Is.False);
        Assert.That(error, Is.EqualTo("The rule was written in schema version 3 by a newer version of the plugin; this one reads up to 1."));
    }

    [Test]
    public void Rule_without_a_schema_version_or_with_an_unknown_node_kind_is_refused_with_the_reason()
    {
        Assert.That(SegmentRuleJson.TryRead("{\"root\": null}", out _, out var missing), Is.False);
        Assert.That(missing, Is.EqualTo("The rule has no \"schemaVersion\" number."));

        Assert.That(SegmentRuleJson.TryRead("{\"schemaVersion\": 1, \"root\": {\"node\": \"loop\"}}", out _, out var unknown), Is.False);
        Assert.That(unknown, Does.StartWith("The rule is not valid JSON for a segment (line 1"));
    }
}
