using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Infrastructure;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Content;

/// <summary>
/// The storefront campaign script in a real browser (Debian's Chromium, driven by Playwright) on a page carrying the
/// markup the campaign view renders, posting to the plugin's real campaign controller and route.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CampaignScriptBrowserTests
{

    WebApplication _app;
    int _port;
    IPlaywright _playwright;
    IBrowser _browser;
    readonly RecordingInteractions _interactions = new();

    //the markup of Views/Components/CampaignMessages.cshtml for a bottom bar shown after one second
    const string Page = """
        <!DOCTYPE html>
        <html><head><title>Caulk & Sealants</title><link rel="stylesheet" href="/Plugins/Misc.Personalization/Content/campaigns.css" /></head>
        <body style="height:3000px">
          <button id="search">Search</button>
          <div id="pz-campaign-5" class="pz-campaign pz-campaign-bottombar" role="dialog" aria-modal="false" aria-labelledby="pz-campaign-5-title" tabindex="-1" hidden
               data-pz-campaign="5" data-pz-variant="2" data-pz-kind="bottombar" data-pz-delay="1" data-pz-exit-intent="false" data-pz-scroll="0"
               data-pz-endpoint="/personalization/campaign">
            <div class="pz-campaign-content">
              <strong class="pz-campaign-title" id="pz-campaign-5-title">Only $12.50 more for free shipping</strong>
              <div class="pz-campaign-body"><p>Orders over $100 ship free.</p></div>
            </div>
            <button type="button" class="pz-campaign-close" aria-label="Close">&times;</button>
          </div>
          <script src="/Plugins/Misc.Personalization/Content/campaigns.js" defer></script>
        </body></html>
        """;

    //a modal that waits until half of the page has been seen
    const string ScrollPage = """
        <!DOCTYPE html>
        <html><head><title>Guides</title><link rel="stylesheet" href="/Plugins/Misc.Personalization/Content/campaigns.css" /></head>
        <body style="height:4000px">
          <div id="pz-campaign-5" class="pz-campaign pz-campaign-modal" role="dialog" aria-modal="true" aria-labelledby="pz-campaign-5-title" tabindex="-1" hidden
               data-pz-campaign="5" data-pz-variant="2" data-pz-kind="modal" data-pz-delay="0" data-pz-exit-intent="false" data-pz-scroll="50"
               data-pz-endpoint="/personalization/campaign">
            <div class="pz-campaign-content"><strong class="pz-campaign-title" id="pz-campaign-5-title">Read the how-to guide</strong></div>
            <button type="button" class="pz-campaign-close" aria-label="Close">&times;</button>
          </div>
          <script src="/Plugins/Misc.Personalization/Content/campaigns.js" defer></script>
        </body></html>
        """;

    //an inline block in a widget zone below the fold, as Views/Components/_CampaignMessage.cshtml renders it
    const string InlinePage = """
        <!DOCTYPE html>
        <html><head><title>Tent</title><link rel="stylesheet" href="/Plugins/Misc.Personalization/Content/campaigns.css" /></head>
        <body>
          <button id="search">Search</button>
          <div style="height:1600px">Product details</div>
          <div id="pz-campaign-5" class="pz-campaign pz-campaign-inline" role="region" aria-labelledby="pz-campaign-5-title"
               data-pz-campaign="5" data-pz-variant="2" data-pz-kind="inline" data-pz-delay="0" data-pz-exit-intent="false" data-pz-scroll="0"
               data-pz-endpoint="/personalization/campaign">
            <div class="pz-campaign-content"><strong class="pz-campaign-title" id="pz-campaign-5-title">Pitch it in five minutes</strong></div>
            <button type="button" class="pz-campaign-close" aria-label="Close">&times;</button>
          </div>
          <div id="after" style="height:400px">Reviews</div>
          <script src="/Plugins/Misc.Personalization/Content/campaigns.js" defer></script>
        </body></html>
        """;

    /// <summary>What the controller received: the posted bodies and whether each came from the store's origin.</summary>
    sealed class RecordingInteractions : ICampaignInteractionService
    {
        public ConcurrentQueue<(string Type, int CampaignId, int VariantId, bool SameOrigin)> Received { get; } = new();

        public Task<CampaignInteractionOutcome> RecordAsync(ReadOnlyMemory<byte> body, bool sameOrigin)
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(body.Span));
            var root = json.RootElement;
            Received.Enqueue((root.GetProperty("type").GetString(), root.GetProperty("campaignId").GetInt32(), root.GetProperty("variantId").GetInt32(), sameOrigin));
            return Task.FromResult(CampaignInteractionOutcome.Recorded);
        }
    }

    [OneTimeSetUp]
    public async Task StartStoreAndBrowser()
    {
        HeadlessChromium.RequireFiles("chromium", HeadlessChromium.Executable);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddControllers().AddApplicationPart(typeof(PersonalizationCampaignInteractionController).Assembly);
        builder.Services.AddSingleton<ICampaignInteractionService>(_interactions);
        _app = builder.Build();

        var content = Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Content");
        var script = await File.ReadAllTextAsync(Path.Combine(content, "campaigns.js"));
        var style = await File.ReadAllTextAsync(Path.Combine(content, "campaigns.css"));
        _app.MapGet("/", () => Results.Content(Page, "text/html"));
        _app.MapGet("/guides", () => Results.Content(ScrollPage, "text/html"));
        _app.MapGet("/tent", () => Results.Content(InlinePage, "text/html"));
        _app.MapGet("/Plugins/Misc.Personalization/Content/campaigns.js", () => Results.Content(script, "text/javascript"));
        _app.MapGet("/Plugins/Misc.Personalization/Content/campaigns.css", () => Results.Content(style, "text/css"));
        new RouteProvider().RegisterRoutes(_app);
        _port = await HeadlessChromium.StartAsync(_app);

        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopStoreAndBrowser()
    {
        await HeadlessChromium.CloseAsync(_browser, _playwright, _app);
    }

    [SetUp]
    public void ForgetInteractions() => _interactions.Received.Clear();

    /// <summary>Closes the test's pages, so a page left open cannot post into the next test's interactions.</summary>
    [TearDown]
    public async Task ClosePages()
    {
        foreach (var context in _browser!.Contexts.ToList())
            await context.CloseAsync();
    }

    async Task<List<string>> WaitForInteractionsAsync(int count)
    {
        for (var attempt = 0; attempt < 100 && _interactions.Received.Count < count; attempt++)
            await Task.Delay(50);

        Assert.That(_interactions.Received.Select(r => (r.CampaignId, r.VariantId, r.SameOrigin)), Is.All.EqualTo((5, 2, true)));
        return _interactions.Received.Select(r => r.Type).ToList();
    }

    /// <summary>Opens the page with focus on the search button, and waits for the bar to appear; returns when it was seen, from the start of the navigation.</summary>
    async Task<(IPage Page, TimeSpan Waited)> ShowBarAsync()
    {
        var page = await (await _browser!.NewContextAsync()).NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        await page.FocusAsync("#search");
        Assert.That(await page.IsHiddenAsync("#pz-campaign-5"), Is.True, "hidden until its delay has passed");
        await page.WaitForSelectorAsync("#pz-campaign-5", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 5_000 });
        //the page's own clock: the script's timer starts after the navigation does, so a slow machine cannot shorten this
        return (page, TimeSpan.FromMilliseconds(await page.EvaluateAsync<double>("() => performance.now()")));
    }

    static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id");

    [Test]
    public async Task A_bottom_bar_appears_after_its_delay_fixed_to_the_window_with_focus_and_Escape_dismisses_it_and_gives_focus_back()
    {
        var (page, waited) = await ShowBarAsync();

        Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)), "the one-second delay");
        Assert.That(await page.EvalOnSelectorAsync<string>("#pz-campaign-5", "e => getComputedStyle(e).position"), Is.EqualTo("fixed"), "no layout shift");
        Assert.That(await FocusedIdAsync(page), Is.EqualTo("pz-campaign-5"), "focus moved into the message");
        Assert.That(await WaitForInteractionsAsync(1), Is.EqualTo(new[] { "impression" }));

        await page.Keyboard.PressAsync("Escape");

        Assert.That(await page.IsHiddenAsync("#pz-campaign-5"), Is.True);
        Assert.That(await FocusedIdAsync(page), Is.EqualTo("search"), "focus back where it was");
        Assert.That(await WaitForInteractionsAsync(2), Is.EqualTo(new[] { "impression", "dismiss" }));
    }

    [Test]
    public async Task The_close_button_dismisses_the_bar_and_gives_focus_back()
    {
        var (page, _) = await ShowBarAsync();
        await WaitForInteractionsAsync(1);

        await page.ClickAsync("#pz-campaign-5 .pz-campaign-close");

        Assert.That(await page.IsHiddenAsync("#pz-campaign-5"), Is.True);
        Assert.That(await FocusedIdAsync(page), Is.EqualTo("search"), "focus back where it was");
        Assert.That(await WaitForInteractionsAsync(2), Is.EqualTo(new[] { "impression", "dismiss" }));
    }

    [Test]
    public async Task A_scroll_depth_modal_waits_until_half_the_page_was_seen()
    {
        var page = await (await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 800 } })).NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/guides");
        await page.WaitForTimeoutAsync(500);
        Assert.That(await page.IsHiddenAsync("#pz-campaign-5"), Is.True, "a fifth of the page is on screen");

        await page.EvaluateAsync("() => window.scrollTo(0, 600)");
        await page.WaitForTimeoutAsync(300);
        Assert.That(await page.IsHiddenAsync("#pz-campaign-5"), Is.True, "a third of the page seen");

        await page.EvaluateAsync("() => window.scrollTo(0, 1400)");
        await page.WaitForSelectorAsync("#pz-campaign-5", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 2_000 });
        Assert.That(await WaitForInteractionsAsync(1), Is.EqualTo(new[] { "impression" }));
    }

    [Test]
    public async Task An_inline_block_is_in_the_page_from_the_start_counts_as_shown_once_on_screen_and_takes_no_focus()
    {
        var page = await (await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 800 } })).NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/tent");
        await page.FocusAsync("#search");
        var before = await page.EvalOnSelectorAsync<double>("#after", "e => e.getBoundingClientRect().top + window.scrollY");
        await page.WaitForTimeoutAsync(500);
        Assert.That(_interactions.Received, Is.Empty, "below the fold: not seen yet");

        await page.EvaluateAsync("() => document.getElementById('pz-campaign-5').scrollIntoView()");

        Assert.That(await WaitForInteractionsAsync(1), Is.EqualTo(new[] { "impression" }));
        Assert.That(await page.EvalOnSelectorAsync<double>("#after", "e => e.getBoundingClientRect().top + window.scrollY"), Is.EqualTo(before),
            "the block was laid out from the start: showing it moved nothing");
        Assert.That(await FocusedIdAsync(page), Is.EqualTo("search"), "an inline block is not a dialog: focus stays");
        await page.Keyboard.PressAsync("Escape");
        Assert.That(await page.IsVisibleAsync("#pz-campaign-5"), Is.True, "Escape is not for inline blocks");

        await page.ClickAsync("#pz-campaign-5 .pz-campaign-close");

        Assert.That(await page.IsHiddenAsync("#pz-campaign-5"), Is.True);
        Assert.That(await WaitForInteractionsAsync(2), Is.EqualTo(new[] { "impression", "dismiss" }));
    }
}
