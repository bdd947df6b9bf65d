using Microsoft.AspNetCore.Http;
using Nop.Plugin.Misc.Personalization.Services.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Tracking;

[TestFixture]
public class SameOriginCheckTests
{
    static HttpRequest Request(params (string Name, string Value)[] headers)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("shop.example.com");
        foreach (var (name, value) in headers)
            context.Request.Headers[name] = value;
        return context.Request;
    }

    [TestCase("same-origin", ExpectedResult = true)]
    [TestCase("same-site", ExpectedResult = false)]
    [TestCase("cross-site", ExpectedResult = false)]
    public bool Fetch_metadata_decides_when_the_browser_sends_it(string site) =>
        SameOriginCheck.IsSameOrigin(Request(("Sec-Fetch-Site", site), ("Origin", "https://shop.example.com")));

    [TestCase("https://shop.example.com", ExpectedResult = true)]
    [TestCase("https://evil.example.net", ExpectedResult = false)]
    [TestCase("http://shop.example.com", ExpectedResult = false)]
    [TestCase("null", ExpectedResult = false)]
    public bool Otherwise_the_origin_must_be_the_store(string origin) => SameOriginCheck.IsSameOrigin(Request(("Origin", origin)));

    [Test]
    public void Without_origin_the_referring_page_must_be_the_stores_and_no_header_at_all_is_refused()
    {
        Assert.That(SameOriginCheck.IsSameOrigin(Request(("Referer", "https://shop.example.com/caulk"))), Is.True);
        Assert.That(SameOriginCheck.IsSameOrigin(Request(("Referer", "https://evil.example.net/shop.example.com"))), Is.False);
        Assert.That(SameOriginCheck.IsSameOrigin(Request()), Is.False);
    }
}
