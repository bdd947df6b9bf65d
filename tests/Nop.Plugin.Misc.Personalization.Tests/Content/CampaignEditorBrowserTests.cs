using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Content;

/// <summary>
/// The campaign editor's script in a real browser (Debian's Chromium, driven by Playwright): a page with the fields the
/// edit form renders, and a preview endpoint answering with a rendered document as the server does.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CampaignEditorBrowserTests
{
    WebApplication _app;
    int _port;
    readonly List<IFormCollection> _previews = [];
    IPlaywright _playwright;
    IBrowser _browser;

    const string Page = """
        <!DOCTYPE html>
        <html><head><title>Edit campaign</title></head>
        <body>
          <form id="pz-campaign-form" onsubmit="return false">
            <input name="__RequestVerificationToken" type="hidden" value="token-123" />
            <div id="pz-campaign-pickers" hidden data-pick-url="/pick" data-options-url="/options" data-search="Type to search"></div>
            <div id="product-picker" data-pz-picker="product"><input name="Goal.Product" value="3" /></div>
            <input name="Name" value="Winter" />
            <select name="Goal.Kind"><option value="0" selected>Order</option><option value="1">Event</option></select>
            <div id="min-total" data-pz-goal="0"><input name="Goal.MinimumOrderValue" /></div>
            <div id="event-filters" data-pz-goal="1"><input name="Goal.Event" /></div>
            <div class="pz-campaign-page-rule">
              <select name="Delivery.Pages[0].Kind"><option value="0" selected>Page types</option><option value="1">Categories</option><option value="3">URL</option></select>
              <div id="page-types" data-pz-page-field="0">page types</div>
              <div id="page-ids" data-pz-page-field="1 2">ids</div>
              <div id="page-url" data-pz-page-field="3">url</div>
            </div>
            <select name="Presentation.Kind"><option value="0" selected>Modal</option><option value="3">Inline</option></select>
            <div id="pz-campaign-widget-zone"><input name="Presentation.WidgetZone" /></div>
            <input name="Variants[0].Copies[0].Title" value="Free shipping" />
            <input name="Variants[0].Copies[1].Title" value="" />
            <button type="submit" name="editor-action" value="add-variant">Add variant</button>
            <select id="pz-preview-variant"><option value="0">A</option></select>
            <select id="pz-preview-language"><option value="0">Standard</option><option value="2">Deutsch</option></select>
            <iframe id="pz-campaign-preview" sandbox="" data-url="/preview" data-failed="The preview could not be loaded."></iframe>
          </form>
          <script src="/Plugins/Misc.Personalization/Content/campaign-editor.js"></script>
        </body></html>
        """;

    [OneTimeSetUp]
    public async Task StartPageAndBrowser()
    {
        HeadlessChromium.RequireFiles("chromium", HeadlessChromium.Executable);

        _app = await HeadlessChromium.CreatePageHostAsync(Page, "campaign-editor.js");
        _app.MapPost("/preview", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            lock (_previews)
                _previews.Add(form);
            if (form["Name"] == "fail")
                return Results.StatusCode(500);
            var title = WebUtility.HtmlEncode(form["Variants[0].Copies[0].Title"].ToString());
            return Results.Content($"<!DOCTYPE html><html><body><strong id=\"rendered\">{title} ({form["languageId"]})</strong></body></html>", "text/html");
        });
        var products = new Dictionary<string, string> { ["3"] = "Silicone sealant", ["7"] = "Caulk gun" };
        _app.MapGet("/pick", (string kind, string term) => Results.Json(kind == "product"
            ? products.Where(p => p.Value.Contains(term, StringComparison.OrdinalIgnoreCase)).Select(p => new { value = p.Key, name = p.Value })
            : []));
        _app.MapPost("/options", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var token = form["__RequestVerificationToken"].ToString();
            return token != "token-123" ? Results.StatusCode(400)
                : Results.Json(form["values"].ToString().Split(',').Where(products.ContainsKey).Select(id => new { value = id, name = products[id] }));
        });
        _port = await HeadlessChromium.StartAsync(_app);

        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopPageAndBrowser()
    {
        await HeadlessChromium.CloseAsync(_browser, _playwright, _app);
    }

    [SetUp]
    public void Forget()
    {
        lock (_previews)
            _previews.Clear();
    }

    async Task<IPage> OpenAsync()
    {
        var page = await (await _browser!.NewContextAsync()).NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        return page;
    }

    static Task<string> FrameTextAsync(IPage page) => page.FrameLocator("#pz-campaign-preview").Locator("body").InnerTextAsync();

    [Test]
    public async Task Typing_a_title_shows_the_servers_rendering_in_the_sandboxed_frame()
    {
        var page = await OpenAsync();
        await page.FrameLocator("#pz-campaign-preview").Locator("#rendered").WaitForAsync();

        await page.FillAsync("[name='Variants[0].Copies[0].Title']", "Only <b>$20</b> to go");
        await page.WaitForFunctionAsync("() => (document.getElementById('pz-campaign-preview').srcdoc || '').indexOf('to go') >= 0");

        Assert.That(await FrameTextAsync(page), Is.EqualTo("Only <b>$20</b> to go (0)"), "the server's rendering, the typed markup encoded by it");
        Assert.That(await page.GetAttributeAsync("#pz-campaign-preview", "sandbox"), Is.EqualTo(string.Empty), "no script of the copy can run");
        IFormCollection last;
        lock (_previews)
            last = _previews[^1];
        Assert.That((last["__RequestVerificationToken"].ToString(), last["variantIndex"].ToString(), last["Name"].ToString()), Is.EqualTo(("token-123", "0", "Winter")));
        Assert.That(last.ContainsKey("editor-action"), Is.False, "a preview never adds or removes rows");
    }

    [Test]
    public async Task Typing_fast_posts_one_preview_after_the_merchant_pauses()
    {
        var page = await OpenAsync();
        await page.FrameLocator("#pz-campaign-preview").Locator("#rendered").WaitForAsync();
        lock (_previews)
            _previews.Clear();

        await page.Locator("[name='Variants[0].Copies[0].Title']").PressSequentiallyAsync(" today", new LocatorPressSequentiallyOptions { Delay = 40 });
        await page.WaitForFunctionAsync("() => (document.getElementById('pz-campaign-preview').srcdoc || '').indexOf('today') >= 0");

        lock (_previews)
            Assert.That(_previews, Has.Count.EqualTo(1), "six keystrokes, one request");
    }

    [Test]
    public async Task Choosing_another_language_previews_that_copy()
    {
        var page = await OpenAsync();
        await page.FrameLocator("#pz-campaign-preview").Locator("#rendered").WaitForAsync();

        await page.SelectOptionAsync("#pz-preview-language", "2");
        await page.WaitForFunctionAsync("() => (document.getElementById('pz-campaign-preview').srcdoc || '').indexOf('(2)') >= 0");

        Assert.That(await FrameTextAsync(page), Is.EqualTo("Free shipping (2)"));
    }

    [Test]
    public async Task A_failed_preview_says_so_in_the_frame()
    {
        var page = await OpenAsync();
        await page.FrameLocator("#pz-campaign-preview").Locator("#rendered").WaitForAsync();

        await page.FillAsync("[name='Name']", "fail");
        await page.WaitForFunctionAsync("() => (document.getElementById('pz-campaign-preview').srcdoc || '').indexOf('could not') >= 0");

        Assert.That(await FrameTextAsync(page), Is.EqualTo("The preview could not be loaded."));
    }

    [Test]
    public async Task Each_choice_shows_only_the_fields_that_apply_to_it()
    {
        var page = await OpenAsync();

        var orderGoal = (await page.IsVisibleAsync("#min-total"), await page.IsVisibleAsync("#event-filters"));
        var pageTypes = (await page.IsVisibleAsync("#page-types"), await page.IsVisibleAsync("#page-ids"), await page.IsVisibleAsync("#page-url"));
        var modalZone = await page.IsVisibleAsync("#pz-campaign-widget-zone");
        await page.SelectOptionAsync("[name='Goal.Kind']", "1");
        await page.SelectOptionAsync("[name='Delivery.Pages[0].Kind']", "1");
        await page.SelectOptionAsync("[name='Presentation.Kind']", "3");

        Assert.That(orderGoal, Is.EqualTo((true, false)));
        Assert.That(pageTypes, Is.EqualTo((true, false, false)));
        Assert.That(modalZone, Is.False, "only an inline campaign names a widget zone");
        Assert.That((await page.IsVisibleAsync("#min-total"), await page.IsVisibleAsync("#event-filters")), Is.EqualTo((false, true)));
        Assert.That((await page.IsVisibleAsync("#page-types"), await page.IsVisibleAsync("#page-ids"), await page.IsVisibleAsync("#page-url")), Is.EqualTo((false, true, false)));
        Assert.That(await page.IsVisibleAsync("#pz-campaign-widget-zone"), Is.True);
    }

    [Test]
    public async Task A_product_found_by_name_joins_the_goals_ids_and_is_named_under_them()
    {
        var page = await OpenAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#product-picker .pz-picker-names').textContent.length > 0");
        var before = await page.InnerTextAsync("#product-picker .pz-picker-names");

        await page.FillAsync("#product-picker .pz-picker-search", "gun");
        await page.ClickAsync("#product-picker .pz-picker-results button");
        await page.WaitForFunctionAsync("() => document.querySelector('#product-picker .pz-picker-names').textContent.indexOf('gun') >= 0");

        Assert.That(before, Is.EqualTo("Silicone sealant (#3)"));
        Assert.That(await page.InputValueAsync("[name='Goal.Product']"), Is.EqualTo("3, 7"));
        Assert.That(await page.InnerTextAsync("#product-picker .pz-picker-names"), Is.EqualTo("Silicone sealant (#3), Caulk gun (#7)"));
        bool Previewed()
        {
            lock (_previews)
                return _previews.Any(form => form["Goal.Product"] == "3, 7");
        }
        Assert.That(Previewed, Is.True.After(5000, 100), "choosing is an edit: the preview follows it");
    }
}
