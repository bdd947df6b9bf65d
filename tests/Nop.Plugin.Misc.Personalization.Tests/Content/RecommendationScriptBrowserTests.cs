using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Content;

/// <summary>
/// The storefront recommendation script in a real browser (Debian's Chromium, driven by Playwright) with the Swiper and
/// jQuery nopCommerce ships, on a page carrying the markup the slot views render and a stand-in for nopCommerce's
/// add-to-cart and the plugin's notification endpoint.
/// </summary>
[TestFixture]
[NonParallelizable]
public class RecommendationScriptBrowserTests
{
    const string JQuery = "/usr/share/javascript/jquery/jquery.min.js";
    static string SwiperFolder => Path.Combine(RepositoryPaths.Root, "tests", "Nop.Plugin.Misc.Personalization.Tests", "Content", "browser", "node_modules", "swiper");
    static string Swiper => Path.Combine(SwiperFolder, "swiper-bundle.min.js");
    static string SwiperStyle => Path.Combine(SwiperFolder, "swiper-bundle.min.css");

    WebApplication _app;
    int _port;
    IPlaywright _playwright;
    IBrowser _browser;
    readonly ConcurrentQueue<string> _asked = new();
    volatile bool _noSlots;

    static string Slide(int id) => $"""
        <div class="swiper-slide item-box" data-pz-product="{id}"><div class="product-item"><a class="product-link" id="product-{id}" href="#p{id}">Product {id}</a></div></div>
        """;

    //the markup of Views/Components/Recommendations.cshtml for a carousel of six products, and of AddedToCartSlotsScript.cshtml
    static string Page => $$"""
        <!DOCTYPE html>
        <html><head><title>Caulk</title><meta name="viewport" content="width=1200" />
        <link rel="stylesheet" href="/swiper.css" />
        <link rel="stylesheet" href="/Plugins/Misc.Personalization/Content/recommendations.css" /></head>
        <body style="width:1200px">
          <button id="add" onclick="$.ajax({ url: '/addproducttocart/catalog/17/1/1', type: 'POST', data: {}, success: function () {} })">Add to cart</button>
          <button id="wish" onclick="$.ajax({ url: '/addproducttocart/catalog/17/2/1', type: 'POST', data: {}, success: function () {} })">Add to wishlist</button>
          <section class="product-grid pz-recommendations pz-carousel" data-pz-slot="3" data-pz-strategy="AlsoBought" aria-roledescription="carousel" aria-labelledby="pz-slot-3-title">
            <div class="title"><strong id="pz-slot-3-title">Customers who bought this also bought</strong></div>
            <div class="pz-carousel-frame">
              <button type="button" class="pz-carousel-prev" aria-label="Previous products"></button>
              <div class="swiper"><div class="swiper-wrapper">{{string.Concat(Enumerable.Range(1, 6).Select(Slide))}}</div></div>
              <button type="button" class="pz-carousel-next" aria-label="Next products"></button>
            </div>
          </section>
          <div id="pz-added-to-cart" hidden data-pz-endpoint="/personalization/recommendations/added" data-pz-close-text="Close"></div>
          <script src="/jquery.js"></script>
          <script src="/swiper.js"></script>
          <script src="/Plugins/Misc.Personalization/Content/recommendations.js"></script>
        </body></html>
        """;

    //what the notification endpoint renders: a grid slot
    const string NotificationSlots = """
        <section class="product-grid pz-recommendations" data-pz-slot="9" data-pz-strategy="AlsoBought" aria-labelledby="pz-slot-9-title">
          <div class="title"><strong id="pz-slot-9-title">Goes well with it</strong></div>
          <div class="item-grid"><div class="item-box" data-pz-product="11"><a id="gun" href="#gun">Caulk gun</a></div></div>
        </section>
        """;

    [OneTimeSetUp]
    public async Task StartStoreAndBrowser()
    {
        HeadlessChromium.RequireFiles("chromium libjs-jquery npm (then npm ci in tests/Nop.Plugin.Misc.Personalization.Tests/Content/browser)",
            HeadlessChromium.Executable, JQuery, Swiper, SwiperStyle);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();

        var content = Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Content");
        var script = await File.ReadAllTextAsync(Path.Combine(content, "recommendations.js"));
        var style = await File.ReadAllTextAsync(Path.Combine(content, "recommendations.css"));
        var jquery = await File.ReadAllTextAsync(JQuery);
        var swiper = await File.ReadAllTextAsync(Swiper);
        var swiperStyle = await File.ReadAllTextAsync(SwiperStyle);
        _app.MapGet("/", () => Results.Content(Page, "text/html"));
        _app.MapGet("/jquery.js", () => Results.Content(jquery, "text/javascript"));
        _app.MapGet("/swiper.js", () => Results.Content(swiper, "text/javascript"));
        _app.MapGet("/swiper.css", () => Results.Content(swiperStyle, "text/css"));
        _app.MapGet("/Plugins/Misc.Personalization/Content/recommendations.js", () => Results.Content(script, "text/javascript"));
        _app.MapGet("/Plugins/Misc.Personalization/Content/recommendations.css", () => Results.Content(style, "text/css"));
        //nopCommerce's answer to an AJAX add to cart or wishlist
        _app.MapPost("/addproducttocart/catalog/{productId:int}/{type:int}/{quantity:int}", () => Results.Json(new { success = true, message = "The product has been added" }));
        _app.MapPost("/personalization/recommendations/added", (HttpRequest request) =>
        {
            _asked.Enqueue(request.Query["productId"].ToString());
            return _noSlots ? Results.NoContent() : Results.Content(NotificationSlots, "text/html");
        });
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
    public void ForgetCalls()
    {
        _asked.Clear();
        _noSlots = false;
    }

    async Task<IPage> OpenAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        await page.WaitForSelectorAsync(".pz-carousel .swiper-initialized", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 5_000 });
        return page;
    }

    static Task<int> ActiveIndexAsync(IPage page) => page.EvalOnSelectorAsync<int>(".pz-carousel", "c => c.pzSwiper.activeIndex");

    /// <summary>The products whose boxes lie wholly inside the carousel's frame, as the visitor sees them.</summary>
    static Task<int[]> InViewAsync(IPage page) => page.EvalOnSelectorAsync<int[]>(".pz-carousel .swiper", """
        frame => { const box = frame.getBoundingClientRect();
          return [...frame.querySelectorAll('.swiper-slide')].filter(s => { const r = s.getBoundingClientRect(); return r.left >= box.left - 1 && r.right <= box.right + 1; })
            .map(s => +s.getAttribute('data-pz-product')); }
        """);

    static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id");

    [Test]
    public async Task The_carousel_shows_four_of_six_products_and_its_buttons_slide_it_with_the_first_button_disabled_at_the_start()
    {
        var page = await OpenAsync();

        Assert.That(await page.EvalOnSelectorAsync<string>(".pz-carousel-prev", "b => b.getAttribute('aria-disabled')"), Is.EqualTo("true"));
        Assert.That(await InViewAsync(page), Is.EqualTo(new[] { 1, 2, 3, 4 }), "a row of four at this width");

        await page.FocusAsync(".pz-carousel-next");
        await page.Keyboard.PressAsync("Enter");

        Assert.That(await ActiveIndexAsync(page), Is.EqualTo(1), "Enter on the focused next button slides one product on");
        await page.WaitForTimeoutAsync(500);
        Assert.That(await InViewAsync(page), Is.EqualTo(new[] { 2, 3, 4, 5 }));
        Assert.That(await page.EvalOnSelectorAsync<string>(".pz-carousel-prev", "b => b.getAttribute('aria-disabled')"), Is.EqualTo("false"));
    }

    [Test]
    public async Task With_focus_inside_the_carousel_the_arrow_Home_and_End_keys_slide_it()
    {
        var page = await OpenAsync();
        await page.FocusAsync("#product-1");

        await page.Keyboard.PressAsync("ArrowRight");
        var afterRight = await ActiveIndexAsync(page);
        await page.Keyboard.PressAsync("End");
        var afterEnd = await ActiveIndexAsync(page);
        await page.Keyboard.PressAsync("ArrowLeft");
        var afterLeft = await ActiveIndexAsync(page);
        await page.Keyboard.PressAsync("Home");

        Assert.That((afterRight, afterEnd, afterLeft, await ActiveIndexAsync(page)), Is.EqualTo((1, 2, 1, 0)), "four of six in view: the last position is the third");
        Assert.That(await FocusedIdAsync(page), Is.EqualTo("product-1"), "the keys move the carousel, not the focus");
    }

    [Test]
    public async Task Keys_pressed_outside_the_carousel_leave_it_where_it_is()
    {
        var page = await OpenAsync();
        await page.FocusAsync("#add");

        await page.Keyboard.PressAsync("ArrowRight");

        Assert.That(await ActiveIndexAsync(page), Is.EqualTo(0));
    }

    [Test]
    public async Task After_an_add_to_cart_the_notification_slots_appear_with_focus_and_Escape_closes_them_and_gives_focus_back()
    {
        var page = await OpenAsync();
        await page.FocusAsync("#add");

        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".pz-added", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 5_000 });

        Assert.That(_asked, Is.EqualTo(new[] { "17" }), "the endpoint is asked for the product just added");
        Assert.That(await page.EvalOnSelectorAsync<string>(".pz-added", "p => p.getAttribute('role') + ' ' + p.getAttribute('aria-labelledby')"), Is.EqualTo("dialog pz-slot-9-title"));
        Assert.That(await page.EvalOnSelectorAsync<string>(".pz-added", "p => getComputedStyle(p).position"), Is.EqualTo("fixed"), "no layout shift");
        Assert.That(await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('.pz-added')"), Is.True, "focus moved into the panel");
        Assert.That(await page.InnerTextAsync(".pz-added #gun"), Is.EqualTo("Caulk gun"));

        await page.Keyboard.PressAsync("Escape");

        Assert.That(await page.Locator(".pz-added").CountAsync(), Is.EqualTo(0));
        Assert.That(await FocusedIdAsync(page), Is.EqualTo("add"), "focus back on the add-to-cart button");
    }

    [Test]
    public async Task The_close_button_closes_the_notification_slots()
    {
        var page = await OpenAsync();
        await page.ClickAsync("#add");
        await page.WaitForSelectorAsync(".pz-added", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 5_000 });

        Assert.That(await page.GetAttributeAsync(".pz-added-close", "aria-label"), Is.EqualTo("Close"));
        await page.ClickAsync(".pz-added-close");

        Assert.That(await page.Locator(".pz-added").CountAsync(), Is.EqualTo(0));
    }

    [Test]
    public async Task A_wishlist_add_asks_for_nothing_and_an_endpoint_without_slots_shows_nothing()
    {
        var page = await OpenAsync();
        await page.ClickAsync("#wish");
        await page.WaitForTimeoutAsync(500);
        var afterWishlist = _asked.Count;

        _noSlots = true;
        await page.ClickAsync("#add");
        for (var attempt = 0; attempt < 50 && _asked.IsEmpty; attempt++)
            await Task.Delay(50);
        await page.WaitForTimeoutAsync(300);

        Assert.That(afterWishlist, Is.EqualTo(0));
        Assert.That(_asked, Is.EqualTo(new[] { "17" }));
        Assert.That(await page.Locator(".pz-added").CountAsync(), Is.EqualTo(0));
    }
}
