using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Infrastructure;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Tracking;
using Personalization.Engine.Tracking.Ingestion;

namespace Nop.Plugin.Misc.Personalization.Tests.Content;

/// <summary>
/// The storefront tracker script in a real browser (Debian's Chromium, driven by Playwright) against the plugin's real
/// tracking controller and route, hosted in-process on loopback.
/// </summary>
[TestFixture]
[NonParallelizable]
public class TrackerScriptBrowserTests
{
    const string DesktopChrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
    static readonly Guid Visitor = Guid.NewGuid();

    WebApplication _app;
    int _port;
    EventQueue _queue;
    IngestionCounters _counters;
    IPlaywright _playwright;
    IBrowser _browser;

    static string Page(string endpoint) => $$"""
        <!DOCTYPE html>
        <html><head><title>Caulk & Sealants</title></head>
        <body style="height:3000px">
          <a id="banner" href="#" data-pz-track="free-shipping-banner"><span>Free shipping over $50</span></a>
          <form id="quote" data-pz-track="quote-request" onsubmit="return false"><button id="send" type="submit">Send</button></form>
          <video id="video" data-pz-label="Caulking basics" muted></video>
          <section data-pz-slot="3" data-pz-strategy="AlsoBought">
            <div class="item-box" data-pz-product="17"><div class="product-item"><a id="slot-product" href="#p17">Caulk gun</a>
              <button type="button" id="slot-cart" class="button-2 product-box-add-to-cart-button">Add to cart</button></div></div>
          </section>
          <script src="/Plugins/Misc.Personalization/Content/tracker.js" data-endpoint="{{endpoint}}" defer></script>
        </body></html>
        """;

    [OneTimeSetUp]
    public async Task StartStoreAndBrowser()
    {
        HeadlessChromium.RequireFiles("chromium", HeadlessChromium.Executable);

        _queue = new EventQueue(1_000);
        _counters = new IngestionCounters();
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 42 });
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        var visitorContext = new Mock<IVisitorContext>();
        visitorContext.Setup(v => v.GetIdsAsync()).ReturnsAsync((Visitor, Guid.NewGuid()));
        var webHelper = new Mock<IWebHelper>();
        webHelper.Setup(w => w.GetCurrentIpAddress()).Returns("127.0.0.1");

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddControllers().AddApplicationPart(typeof(PersonalizationTrackingController).Assembly);
        builder.Services.AddScoped<ITrackingIngestionService>(_ => new TrackingIngestionService(_queue, _counters, storeContext.Object,
            visitorContext.Object, new RecordingVisitorStateUpdates(), workContext.Object, new PersonalizationSettings { TrackingEnabled = true }, TimeProvider.System,
            new TrackingRateLimiter()));
        builder.Services.AddSingleton(webHelper.Object);
        _app = builder.Build();

        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Content", "tracker.js"));
        _app.MapGet("/", (HttpContext context) => Results.Content(Page(context.Request.Query["endpoint"].FirstOrDefault() ?? "/personalization/track"), "text/html"));
        _app.MapGet("/Plugins/Misc.Personalization/Content/tracker.js", () => Results.Content(script, "text/javascript"));
        new RouteProvider().RegisterRoutes(_app);
        _port = await HeadlessChromium.StartAsync(_app);

        _playwright = await Playwright.CreateAsync();
        //headless Chrome says "HeadlessChrome", which the endpoint ignores as a bot; the flag covers beacons sent while a page unloads too
        _browser = await HeadlessChromium.LaunchAsync(_playwright, $"--user-agent={DesktopChrome}");
    }

    [OneTimeTearDown]
    public async Task StopStoreAndBrowser()
    {
        await HeadlessChromium.CloseAsync(_browser, _playwright, _app);
    }

    [SetUp]
    public void EmptyQueue() => _queue?.Drain(new List<VisitorEvent>(), int.MaxValue);

    async Task<IPage> NewPageAsync() => await (await _browser!.NewContextAsync()).NewPageAsync();

    async Task<List<VisitorEvent>> WaitForEventsAsync(int count)
    {
        var received = new List<VisitorEvent>();
        for (var attempt = 0; attempt < 100 && received.Count < count; attempt++)
        {
            _queue.Drain(received, int.MaxValue);
            if (received.Count < count)
                await Task.Delay(50);
        }

        return received;
    }

    [Test]
    public async Task Clicks_submits_videos_scrolling_custom_events_and_time_on_page_reach_the_store()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        await page.WaitForFunctionAsync("() => !!window.nopPersonalization");

        await page.ClickAsync("#banner span");
        await page.ClickAsync("#send");
        await page.EvalOnSelectorAsync("#video", "v => { v.dispatchEvent(new Event('play')); v.dispatchEvent(new Event('ended')); }");
        await page.EvaluateAsync("() => window.nopPersonalization.track('watched informational caulking video', { topic: 'caulk', minutes: 3 })");
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        await page.WaitForTimeoutAsync(1_100);
        //going to the next page sends what is left (custom event, scroll depth, time on page) with navigator.sendBeacon
        await page.GotoAsync($"http://127.0.0.1:{_port}/?next=1");

        var events = await WaitForEventsAsync(10);
        var labelled = events.Where(e => e.Label.Length > 0).Select(e => (e.Type, e.Label)).ToList();
        Assert.That(labelled, Is.SupersetOf(new[]
        {
            (TrackedEventType.Click, "free-shipping-banner"),
            (TrackedEventType.FormSubmit, "quote-request"),
            (TrackedEventType.VideoPlay, "Caulking basics"),
            (TrackedEventType.VideoComplete, "Caulking basics"),
            (TrackedEventType.Custom, "watched informational caulking video")
        }), "received: " + string.Join(", ", events.Select(e => e.Type)));
        Assert.That(events.Where(e => e.Type == TrackedEventType.ScrollDepth).Select(e => e.Value), Is.EquivalentTo(new[] { 25m, 50m, 75m, 100m }));
        Assert.That(events.Single(e => e.Type == TrackedEventType.TimeOnPage).Value, Is.GreaterThanOrEqualTo(1m));
        Assert.That(events.Select(e => (e.CustomerId, e.VisitorId)), Is.All.EqualTo((42, Visitor)), "the server's identity, not the browser's");
    }

    [Test]
    public async Task A_click_and_an_add_to_cart_in_a_recommendation_slot_reach_the_store_with_the_product_slot_and_strategy()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        await page.WaitForFunctionAsync("() => !!window.nopPersonalization");

        await page.ClickAsync("#slot-cart");
        await page.ClickAsync("#slot-product");

        var events = await WaitForEventsAsync(2);
        //each is sent at once, so the two calls may arrive in either order
        Assert.That(events.Select(e => (e.Type, e.Label, e.EntityId, e.Value)), Is.EquivalentTo(new[]
        {
            (TrackedEventType.Click, "recommendation-cart-AlsoBought", 17, 3m),
            (TrackedEventType.Click, "recommendation-AlsoBought", 17, 3m)
        }), "one event per click");
    }

    [Test]
    public async Task A_page_of_another_origin_cannot_post_events_to_the_store()
    {
        var refusedBefore = _counters.RefusedBatches;
        var page = await NewPageAsync();
        //"localhost" and "127.0.0.1" are different origins: this page posts across sites
        await page.GotoAsync($"http://localhost:{_port}/?endpoint=http://127.0.0.1:{_port}/personalization/track");
        await page.WaitForFunctionAsync("() => !!window.nopPersonalization");
        //a JSON beacon across sites needs a preflight the store never grants; an attacker would send text/plain, which needs none
        var forge = "() => fetch('http://127.0.0.1:" + _port + "/personalization/track', { method: 'POST', mode: 'no-cors', credentials: 'include', "
            + "headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ events: [{ name: 'custom', label: 'forged' }] }) })";
        await page.EvaluateAsync(forge);

        for (var attempt = 0; attempt < 60 && _counters.RefusedBatches == refusedBefore; attempt++)
            await Task.Delay(50);

        Assert.That(_counters.RefusedBatches, Is.GreaterThan(refusedBefore));
        Assert.That(await WaitForEventsAsync(1), Is.Empty);
    }
}
