using System.Buffers;

namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// Tells crawlers, monitors, previewers and scripted clients from browsers by their User-Agent header.
/// </summary>
/// <remarks>
/// A browser always sends a User-Agent, so an empty one counts as a bot. The tokens are the self-declared names of
/// common crawlers and HTTP libraries; a bot that pretends to be a browser is left to the rate limiter.
/// </remarks>
public static class BotUserAgentClassifier
{
    static readonly SearchValues<string> Tokens = SearchValues.Create(
    [
        "bot", "crawl", "spider", "slurp", "scrape", "archiver", "facebookexternalhit", "facebookcatalog", "embedly",
        "preview", "headless", "phantomjs", "selenium", "puppeteer", "playwright", "webdriver", "lighthouse",
        "pagespeed", "pingdom", "uptime", "monitor", "statuscake", "site24x7", "curl/", "wget/", "python-requests",
        "python-urllib", "aiohttp", "httpx", "go-http-client", "java/", "okhttp", "apache-httpclient", "libwww-perl",
        "node-fetch", "axios/", "undici", "ruby", "php/", "postmanruntime", "insomnia", "httpie", "scrapy", "mediapartners",
        "google-inspectiontool", "feedfetcher", "yandex", "baiduspider", "bingpreview", "duckduckgo", "semrush", "ahrefs",
        "mj12", "dotbot", "petalbot", "applebot", "gptbot", "chatgpt-user", "ccbot", "claudebot", "anthropic-ai",
        "perplexity", "bytespider", "amazonbot", "whatsapp", "telegram", "slackbot", "discordbot", "skypeuripreview"
    ], StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets whether the User-Agent belongs to a bot (true for a missing or blank one).</summary>
    public static bool IsBot(string userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
            return true;
        return userAgent.AsSpan().ContainsAny(Tokens);
    }
}
