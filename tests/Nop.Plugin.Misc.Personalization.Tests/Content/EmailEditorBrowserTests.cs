using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Content;

/// <summary>
/// The email flow editor's script in a real browser (Debian's Chromium, driven by Playwright): a page with the fields
/// the edit form renders (a checkbox comes with nopCommerce's hidden "false" beside it), posting to an endpoint that
/// answers with what it received.
/// </summary>
[TestFixture]
[NonParallelizable]
public class EmailEditorBrowserTests
{
    WebApplication _app;
    int _port;
    IPlaywright _playwright;
    IBrowser _browser;

    const string Page = """
        <!DOCTYPE html>
        <html><head><title>Edit email flow</title></head>
        <body>
          <form id="pz-email-form" method="post" action="/save">
            <select name="Trigger.Kind"><option value="0" selected>Cart abandonment</option><option value="3">Win-back</option><option value="4">Broadcast</option></select>
            <div id="cart-idle" data-pz-trigger="0"><input name="Trigger.CartIdleMinutes" value="60" /></div>
            <div id="win-back" data-pz-trigger="3"><input name="Trigger.DaysWithoutOrder" value="90" /></div>
            <div id="send-on" data-pz-trigger="4"><input name="Trigger.SendOn" /></div>
            <select name="Steps[0].Coupon.DiscountId"><option value="0" selected>No discount</option><option value="5">15 % off</option></select>
            <div id="coupon-0" data-pz-coupon-of="0"><input name="Steps[0].Coupon.ValidDays" value="7" /></div>
            <input type="checkbox" name="QuietHours.Enabled" value="true" checked /><input type="hidden" name="QuietHours.Enabled" value="false" />
            <div id="quiet" data-pz-enabled-by="QuietHours.Enabled">
              <select name="QuietHours.FromHour"><option value="21" selected>21:00</option><option value="22">22:00</option></select>
              <input name="QuietHours.ToHour" value="8" />
            </div>
            <button type="submit" id="save">Save</button>
          </form>
          <script src="/Plugins/Misc.Personalization/Content/email-editor.js"></script>
        </body></html>
        """;

    [OneTimeSetUp]
    public async Task StartPageAndBrowser()
    {
        HeadlessChromium.RequireFiles("chromium", HeadlessChromium.Executable);

        _app = await HeadlessChromium.CreatePageHostAsync(Page, "email-editor.js");
        _app.MapPost("/save", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var lines = form.OrderBy(field => field.Key, StringComparer.Ordinal).Select(field => $"{field.Key}={string.Join(",", field.Value.ToArray())}");
            return Results.Content($"<!DOCTYPE html><html><body><pre id=\"posted\">{string.Join("\n", lines)}</pre></body></html>", "text/html");
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

    async Task<IPage> OpenAsync()
    {
        var page = await (await _browser!.NewContextAsync()).NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/");
        return page;
    }

    [Test]
    public async Task Only_the_chosen_triggers_fields_show()
    {
        var page = await OpenAsync();
        Assert.That((await page.IsVisibleAsync("#cart-idle"), await page.IsVisibleAsync("#win-back"), await page.IsVisibleAsync("#send-on")), Is.EqualTo((true, false, false)));

        await page.SelectOptionAsync("[name='Trigger.Kind']", "3");

        Assert.That((await page.IsVisibleAsync("#cart-idle"), await page.IsVisibleAsync("#win-back"), await page.IsVisibleAsync("#send-on")), Is.EqualTo((false, true, false)));
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Coupon_validity_shows_once_a_discount_is_chosen()
    {
        var page = await OpenAsync();
        Assert.That(await page.IsVisibleAsync("#coupon-0"), Is.False);

        await page.SelectOptionAsync("[name='Steps[0].Coupon.DiscountId']", "5");

        Assert.That(await page.IsVisibleAsync("#coupon-0"), Is.True);
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Quiet_hours_switched_off_cannot_be_edited_but_keep_their_values_in_the_post()
    {
        var page = await OpenAsync();
        await page.SelectOptionAsync("[name='QuietHours.FromHour']", "22");

        await page.UncheckAsync("[name='QuietHours.Enabled'][type='checkbox']");

        Assert.That(await page.Locator("[name='QuietHours.ToHour']").EvaluateAsync<bool>("input => input.readOnly"), Is.True);
        await page.ClickAsync("#save");
        var posted = await page.Locator("#posted").InnerTextAsync();
        Assert.That(posted.Split('\n'), Does.Contain("QuietHours.Enabled=false").And.Contain("QuietHours.FromHour=22").And.Contain("QuietHours.ToHour=8"),
            "switched off, the hours are still posted, so they come back when it is switched on again");

        await page.GoBackAsync();
        await page.CheckAsync("[name='QuietHours.Enabled'][type='checkbox']");
        Assert.That(await page.Locator("[name='QuietHours.ToHour']").EvaluateAsync<bool>("input => input.readOnly"), Is.False);
        await page.Context.CloseAsync();
    }
}
