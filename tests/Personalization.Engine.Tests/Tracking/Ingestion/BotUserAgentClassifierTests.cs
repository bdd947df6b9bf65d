using Personalization.Engine.Tracking.Ingestion;

namespace Personalization.Engine.Tests.Tracking.Ingestion;

[TestFixture]
public class BotUserAgentClassifierTests
{
    [TestCase("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [TestCase("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
    [TestCase("Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)")]
    [TestCase("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")]
    [TestCase("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)")]
    [TestCase("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36")]
    [TestCase("curl/8.5.0")]
    [TestCase("python-requests/2.31.0")]
    [TestCase("Go-http-client/1.1")]
    [TestCase("Wget/1.21.4")]
    [TestCase("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)")]
    [TestCase("")]
    [TestCase("   ")]
    [TestCase(null)]
    public void Crawlers_scripts_and_missing_user_agents_are_bots(string userAgent)
    {
        Assert.That(BotUserAgentClassifier.IsBot(userAgent), Is.True);
    }

    [TestCase("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")]
    [TestCase("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15")]
    [TestCase("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1")]
    [TestCase("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")]
    [TestCase("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36")]
    [TestCase("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")]
    public void Browsers_are_not_bots(string userAgent)
    {
        Assert.That(BotUserAgentClassifier.IsBot(userAgent), Is.False);
    }
}
