using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class InteractionLinesTests
{
    [Test]
    public void Reads_user_item_rating_and_timestamp_in_the_common_layouts()
    {
        var text = "user item rating timestamp\n" +
            "u1 i1\n" +
            "u1,i2,4.5\n" +
            "u2\ti1\t3\t1300000000\n" +
            "u3::i9::5::2011-01-02T03:04:05Z\n";

        var result = InteractionLines.Read(new StringReader(text));

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Interactions.Select(i => (i.UserId, i.ItemId, i.Weight)), Is.EqualTo(new[] { ("u1", "i1", 1f), ("u1", "i2", 4.5f), ("u2", "i1", 3f), ("u3", "i9", 5f) }));
        Assert.That(result.Interactions[2].Time, Is.EqualTo(DateTime.UnixEpoch.AddSeconds(1_300_000_000)));
        Assert.That(result.Interactions[3].Time, Is.EqualTo(new DateTime(2011, 1, 2, 3, 4, 5)));
    }

    [Test]
    public void Broken_rows_are_reported_with_their_line_and_the_rest_are_kept()
    {
        var text = "u1 i1\nlonely\nu2 i2 lots\nu3 i3 1 yesterday\n\n# comment\nu4 i4\n";

        var result = InteractionLines.Read(new StringReader(text));

        Assert.That(result.Errors.Select(e => e.LineNumber), Is.EqualTo(new long[] { 2, 3, 4 }));
        Assert.That(result.Errors[1].Reason, Does.Contain("rating 'lots'"));
        Assert.That(result.Errors[2].Reason, Does.Contain("timestamp 'yesterday'"));
        Assert.That(result.Interactions.Select(i => i.UserId), Is.EqualTo(new[] { "u1", "u4" }));
    }
}
