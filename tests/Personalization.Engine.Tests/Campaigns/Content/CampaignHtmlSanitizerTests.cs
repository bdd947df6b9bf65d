using Personalization.Engine.Campaigns.Content;

namespace Personalization.Engine.Tests.Campaigns.Content;

/// <summary>
/// Hostile inputs from the OWASP XSS Filter Evasion Cheat Sheet and known mutation-XSS payloads.
/// </summary>
public class CampaignHtmlSanitizerTests
{
    static readonly string[] Executable = ["<script", "javascript:", "vbscript:", "onerror", "onload", "onclick", "onmouseover", "onfocus", "<iframe", "<object", "<embed",
        "<svg", "<math", "<form", "<meta", "<base", "<link", "<style", "expression(", "data:", "srcdoc", "formaction", "<frame", "<body"];

    [TestCase("<script>alert('XSS')</script>")]
    [TestCase("<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>")]
    [TestCase("<IMG SRC=\"javascript:alert('XSS');\">")]
    [TestCase("<IMG SRC=JaVaScRiPt:alert('XSS')>")]
    [TestCase("<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>")]
    [TestCase("<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">")]
    [TestCase("<a href=\"  javascript:alert(1)\">click</a>")]
    [TestCase("<a href=\"jav&#x0A;ascript:alert(1)\">click</a>")]
    [TestCase("<img src=x onerror=alert(1)>")]
    [TestCase("<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">")]
    [TestCase("<svg/onload=alert('XSS')>")]
    [TestCase("<BODY ONLOAD=alert('XSS')>")]
    [TestCase("<iframe src=\"https://evil.example\"></iframe>")]
    [TestCase("<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>")]
    [TestCase("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    [TestCase("<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">x</DIV>")]
    [TestCase("<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>")]
    [TestCase("<p style=\"behavior: url(xss.htc); color: red\">x</p>")]
    [TestCase("<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>")]
    [TestCase("<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">")]
    [TestCase("<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">")]
    [TestCase("<BASE HREF=\"javascript:alert('XSS');//\">")]
    [TestCase("<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"https://xss.example/scriptlet.html\"></OBJECT>")]
    [TestCase("<EMBED SRC=\"data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==\" type=\"image/svg+xml\" AllowScriptAccess=\"always\"></EMBED>")]
    [TestCase("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>")]
    [TestCase("<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">")]
    [TestCase("<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>")]
    [TestCase("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>")]
    [TestCase("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")]
    [TestCase("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [TestCase("<!--<img src=x onerror=alert(1)>-->")]
    public void Hostile_markup_comes_out_inert(string hostile)
    {
        var result = CampaignHtmlSanitizer.Sanitize(hostile);

        foreach (var marker in Executable)
            Assert.That(result.Html, Does.Not.Contain(marker).IgnoreCase, result.Html);
        Assert.That(result.Removed, Is.Not.Empty, "the merchant is told what was removed");
    }

    [Test]
    public void Marketing_copy_survives_with_its_links_images_and_styles()
    {
        const string copy = "<h2 style=\"text-align: center; color: rgb(255, 0, 0);\">Free shipping</h2>" +
            "<p>Hi {{customer.first_name|there}}, <strong>only</strong> <a href=\"/cart\">{{cart.free_shipping_left|a little}}</a> to go.</p>" +
            "<ul><li>Fast</li></ul><img src=\"https://cdn.example.com/bar.png\" alt=\"bar\">";

        var result = CampaignHtmlSanitizer.Sanitize(copy);

        //the style is rewritten in its normal form, nothing is lost
        Assert.That(result.Html, Is.EqualTo(copy.Replace("color: rgb(255, 0, 0);", "color: rgba(255, 0, 0, 1)")));
        Assert.That(result.Unchanged, Is.True);
    }

    [Test]
    public void Link_opening_a_new_window_gets_noopener()
    {
        Assert.That(CampaignHtmlSanitizer.Sanitize("<a href=\"https://example.com\" target=\"_blank\">x</a>").Html,
            Is.EqualTo("<a href=\"https://example.com\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>"));
    }

    [Test]
    public void Images_other_than_web_addresses_are_dropped_and_reported()
    {
        var result = CampaignHtmlSanitizer.Sanitize("<p>x<img src=\"mailto:a@b.c\"></p>");

        Assert.That(result.Html, Is.EqualTo("<p>x</p>"));
        Assert.That(result.Removed, Does.Contain("image address 'mailto:a@b.c'"));
    }
}
