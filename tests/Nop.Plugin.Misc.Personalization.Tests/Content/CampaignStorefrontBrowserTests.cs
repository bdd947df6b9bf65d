using System.Text;
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
using Nop.Plugin.Misc.Personalization.Tests.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Tests.Content;

/// <summary>
/// Campaigns decided by the plugin's real decision and exposure services (on a test database) for pages a real browser
/// opens, shown by campaigns.js, whose impressions go through the plugin's campaign controller back to the stored
/// exposures, so page rules and frequency caps are seen as a visitor sees them.
/// </summary>
[TestFixture]
[NonParallelizable]
public class CampaignStorefrontBrowserTests
{
    const string CustomerCookie = "pz-test-customer";

    RealTimeFarm _farm;
    RealTimeNode _server;
    WebApplication _app;
    int _port;
    IPlaywright _playwright;
    IBrowser _browser;

    /// <summary>The plugin's interaction service of the farm's server, for the customer the request's cookie names.</summary>
    sealed class FarmInteractions(RealTimeNode server, IHttpContextAccessor accessor) : ICampaignInteractionService
    {
        public Task<CampaignInteractionOutcome> RecordAsync(ReadOnlyMemory<byte> body, bool sameOrigin) =>
            server.RequestAsync(CustomerOf(accessor.HttpContext), services => services.GetRequiredService<ICampaignInteractionService>().RecordAsync(body, sameOrigin));
    }

    static int CustomerOf(HttpContext context) => int.TryParse(context.Request.Cookies[CustomerCookie], out var id) ? id : 0;

    /// <summary>Writes the markup of Views/Components/_CampaignMessage.cshtml for each decided message, and the script.</summary>
    static string Render(IEnumerable<CampaignMessage> messages)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Store</title><link rel=\"stylesheet\" href=\"/Plugins/Misc.Personalization/Content/campaigns.css\" /></head><body style=\"height:2000px\"><h1>Store</h1>");
        foreach (var message in messages)
        {
            var kind = message.Presentation.ToString().ToLowerInvariant();
            html.Append($"<div id=\"pz-campaign-{message.CampaignId}\" class=\"pz-campaign pz-campaign-{kind}\" role=\"dialog\" aria-modal=\"false\" aria-labelledby=\"pz-campaign-{message.CampaignId}-title\" tabindex=\"-1\" hidden ")
                .Append($"data-pz-campaign=\"{message.CampaignId}\" data-pz-variant=\"{message.VariantId}\" data-pz-kind=\"{kind}\" data-pz-delay=\"{message.DelaySeconds}\" ")
                .Append($"data-pz-exit-intent=\"{(message.OnExitIntent ? "true" : "false")}\" data-pz-scroll=\"{message.ScrollDepthPercent}\" data-pz-endpoint=\"/personalization/campaign\">")
                .Append($"<div class=\"pz-campaign-content\"><strong class=\"pz-campaign-title\" id=\"pz-campaign-{message.CampaignId}-title\">{System.Net.WebUtility.HtmlEncode(message.Copy.Title)}</strong></div>")
                .Append("<button type=\"button\" class=\"pz-campaign-close\" aria-label=\"Close\">&times;</button></div>");
        }

        return html.Append("<script src=\"/Plugins/Misc.Personalization/Content/campaigns.js\" defer></script></body></html>").ToString();
    }

    [OneTimeSetUp]
    public async Task StartStoreAndBrowser()
    {
        HeadlessChromium.RequireFiles("chromium", HeadlessChromium.Executable);
        _farm = await RealTimeFarm.CreateAsync(DatabaseKind.Sqlite);
        _server = _farm.AddNode();

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddControllers().AddApplicationPart(typeof(PersonalizationCampaignsController).Assembly);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<ICampaignInteractionService>(provider => new FarmInteractions(_server, provider.GetRequiredService<IHttpContextAccessor>()));
        _app = builder.Build();

        var content = Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Content");
        var script = await File.ReadAllTextAsync(Path.Combine(content, "campaigns.js"));
        var style = await File.ReadAllTextAsync(Path.Combine(content, "campaigns.css"));
        //the home page and a product page, as nopCommerce's routes resolve them
        _app.MapGet("/", async context => await context.Response.WriteAsync(Render(await CampaignFarm.DecideAsync(_server, CustomerOf(context),
            new Dictionary<string, object> { ["controller"] = "Home", ["action"] = "Index" }))));
        _app.MapGet("/trail-tent", async context => await context.Response.WriteAsync(Render(await CampaignFarm.DecideAsync(_server, CustomerOf(context),
            CampaignFarm.ProductPage(31)))));
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
        _farm?.Dispose();
    }

    /// <summary>Opens a browser for one customer (the cookie the test store reads the customer from).</summary>
    async Task<IPage> VisitorAsync(int customerId)
    {
        var context = await _browser!.NewContextAsync();
        await context.AddCookiesAsync([new Cookie { Name = CustomerCookie, Value = customerId.ToString(), Domain = "127.0.0.1", Path = "/" }]);
        return await context.NewPageAsync();
    }

    async Task<bool> ShownAsync(IPage page, int campaignId)
    {
        try
        {
            await page.WaitForSelectorAsync($"#pz-campaign-{campaignId}", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 1_500 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    async Task WaitUntilShownIsStoredAsync(int customerId, int campaignId)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (CampaignFarm.StoredExposures(_farm).Any(exposure => exposure.CustomerId == customerId && exposure.CampaignId == campaignId && exposure.Shown))
                return;
            await Task.Delay(50);
        }

        Assert.Fail("the impression never reached the stored exposure");
    }

    [Test]
    public async Task A_campaign_for_product_pages_appears_on_a_product_page_and_not_on_the_home_page()
    {
        var campaign = await CampaignFarm.InsertAsync(_server, CampaignFarm.BottomBar(0m) with
        {
            Name = "Tents",
            Presentation = new CampaignPresentation { Kind = PresentationKind.TopBar },
            Delivery = new CampaignDelivery { Pages = [new PageTarget { Kind = PageTargetKind.PageType, PageTypes = ["product"] }] }
        });
        var page = await VisitorAsync(21);

        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        var onHome = await page.QuerySelectorAsync($"#pz-campaign-{campaign.Id}");
        await page.GotoAsync($"http://127.0.0.1:{_port}/trail-tent");

        Assert.That(onHome, Is.Null, "the home page carries nothing of it");
        Assert.That(await ShownAsync(page, campaign.Id), Is.True);
    }

    [Test]
    public async Task A_message_shown_once_is_not_shown_again_on_the_next_page_of_the_session()
    {
        var campaign = await CampaignFarm.InsertAsync(_server, CampaignFarm.BottomBar(0m) with
        {
            Name = "Once a visit",
            Presentation = new CampaignPresentation { Kind = PresentationKind.Modal },
            Delivery = new CampaignDelivery { Cap = new FrequencyCap { PerSession = 1 } }
        });
        var page = await VisitorAsync(22);

        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        Assert.That(await ShownAsync(page, campaign.Id), Is.True, "the first page of the visit shows it");
        await WaitUntilShownIsStoredAsync(22, campaign.Id);
        await page.GotoAsync($"http://127.0.0.1:{_port}/");

        Assert.That(await page.QuerySelectorAsync($"#pz-campaign-{campaign.Id}"), Is.Null, "the session's one showing is used");
    }
}
