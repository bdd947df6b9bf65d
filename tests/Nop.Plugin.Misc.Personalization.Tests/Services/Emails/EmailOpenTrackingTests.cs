using System.Text.RegularExpressions;
using System.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Emails;
using Personalization.Engine.Referrals;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Emails;

/// <summary>
/// The open pixel of the triggered emails: the installed templates carry it, the store answers it with a GIF whatever
/// the token, and only a token the store signed records the first open.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class EmailOpenTrackingTests(DatabaseKind kind)
{
    EmailStore _store;

    [SetUp]
    public void CreateStore() => _store = EmailStore.Create(kind);

    [TearDown]
    public void DisposeStore() => _store?.Dispose();

    /// <summary>A customer with an abandoned cart who got the first cart email, sent with the installed template.</summary>
    async Task CustomerWithFirstEmailAsync()
    {
        var customer = await _store.AddCustomerAsync("ann@example.com");
        await _store.AddToCartAsync(customer, _store.Now.AddMinutes(-61));
        await _store.InsertFlowAsync(EmailSchedulerServiceTests.CartFlow() with
        {
            Steps = [new EmailStep { DelayMinutes = 0, TemplateSystemName = "Personalization.CartAbandonment.1" }]
        });
        await _store.Scheduler().RunAsync();
        _store.CloseConnections();
    }

    /// <summary>The installed body of the template the email was sent with, its tokens replaced as nopCommerce's tokenizer does.</summary>
    string RenderedBody()
    {
        var queued = _store.Queued.Single();
        var body = EmailTemplates.All.Single(template => template.Name == queued.Template).Body;
        return queued.Tokens.Aggregate(body, (html, token) => html.Replace($"%{token.Key}%", token.Value?.ToString()));
    }

    string PixelUrl() => Regex.Match(RenderedBody(), "<img src=\"(?<url>[^\"]+)\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\" />").Groups["url"].Value;

    static string TokenOf(string url) => HttpUtility.ParseQueryString(new Uri(url).Query)["t"];

    PersonalizationEmailController Controller()
    {
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = EmailStore.StoreId, Url = EmailStore.StoreUrl });
        return new PersonalizationEmailController(_store.Engagement(), new RecordingLogger<PersonalizationEmailController>(_store.Warnings), storeContext.Object)
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    /// <summary>Loads the pixel as a mail client does and checks the answer is the no-store transparent GIF.</summary>
    async Task LoadPixelAsync(string token)
    {
        var controller = Controller();

        var result = await controller.Open(token);

        var file = result as FileContentResult;
        Assert.That(file, Is.Not.Null, $"the pixel answers with a file, not {result.GetType().Name}");
        Assert.That(file!.ContentType, Is.EqualTo("image/gif"));
        Assert.That(file.FileContents, Is.EqualTo(PersonalizationEmailController.TransparentGif.ToArray()));
        Assert.That(file.FileContents.Take(6), Is.EqualTo("GIF89a"u8.ToArray()), "a GIF image");
        Assert.That(controller.Response.Headers.CacheControl.ToString(), Is.EqualTo("no-store"));
        Assert.That(controller.Response.StatusCode, Is.EqualTo(StatusCodes.Status200OK));
        _store.CloseConnections();
    }

    [Test]
    public async Task A_failing_database_still_gets_the_pixel_answered_and_the_failure_logged()
    {
        await CustomerWithFirstEmailAsync();
        var token = TokenOf(PixelUrl());
        _store.Database.Execute("DROP TABLE " + TestDatabase.Quote(Nop.Plugin.Misc.Personalization.Data.EmailTables.EmailSend));

        await LoadPixelAsync(token);

        Assert.That(_store.Warnings, Has.Some.Contains("The open of a triggered email could not be recorded."));
    }

    [Test]
    public async Task The_installed_template_renders_a_pixel_whose_address_the_store_accepts_and_records_as_the_open()
    {
        await CustomerWithFirstEmailAsync();

        var url = PixelUrl();
        Assert.That(RenderedBody(), Does.EndWith($"<img src=\"{url}\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\" />"),
            "the pixel closes the body");
        Assert.That(url, Does.StartWith("https://shop.example" + PersonalizationDefaults.EmailOpenPath + "?t="));
        Assert.That(_store.Sends().Single().OpenedOnUtc, Is.Null, "sending is not opening");

        await LoadPixelAsync(TokenOf(url));

        Assert.That(_store.Sends().Single().OpenedOnUtc, Is.EqualTo(_store.Now));
    }

    [Test]
    public void Every_installed_template_ends_with_the_open_pixel_once()
    {
        foreach (var (name, _, body) in EmailTemplates.All)
        {
            Assert.That(body, Does.EndWith("%Personalization.OpenPixel%"), name);
            Assert.That(body.Split("%Personalization.OpenPixel%"), Has.Length.EqualTo(2), $"{name}: one pixel");
        }
    }

    [Test]
    public async Task The_first_open_is_kept_when_the_email_is_opened_again_later()
    {
        await CustomerWithFirstEmailAsync();
        var token = TokenOf(PixelUrl());
        _store.Clock.Advance(TimeSpan.FromMinutes(20));
        var firstOpen = _store.Now;

        await LoadPixelAsync(token);
        _store.Clock.Advance(TimeSpan.FromHours(5));
        await LoadPixelAsync(token);

        var send = _store.Sends().Single();
        Assert.That(send.OpenedOnUtc, Is.EqualTo(firstOpen));
        Assert.That(send.ClickedOnUtc, Is.Null, "an open is not a click");
    }

    [Test]
    public async Task A_forged_garbled_foreign_or_oversized_token_gets_the_gif_and_records_nothing()
    {
        await CustomerWithFirstEmailAsync();
        var token = TokenOf(PixelUrl());
        var tampered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        //a token of the same shape for the same email, signed with another store's secret
        var foreign = new ReferralTokenSigner(ReferralTokenSigner.GenerateSecret(), PersonalizationDefaults.EmailLinkLifetime)
            .Sign(new ReferralToken(_store.Sends().Single().Id, EmailLinkService.Purpose, _store.Now));

        foreach (var bad in new[] { null, "", "forged", "%%%", tampered, foreign, token + new string('A', 300) })
            await LoadPixelAsync(bad);

        Assert.That(_store.Sends().Single().OpenedOnUtc, Is.Null);
        Assert.That(await _store.Engagement().RecordOpenAsync(tampered, EmailStore.StoreId), Is.False);
    }

    [Test]
    public async Task A_pixel_from_another_store_or_after_the_link_lifetime_records_nothing()
    {
        await CustomerWithFirstEmailAsync();
        var token = TokenOf(PixelUrl());

        Assert.That(await _store.Engagement().RecordOpenAsync(token, EmailStore.StoreId + 1), Is.False, "the email belongs to store 1");
        _store.Clock.Advance(PersonalizationDefaults.EmailLinkLifetime + TimeSpan.FromDays(1));
        await LoadPixelAsync(token);

        Assert.That(_store.Sends().Single().OpenedOnUtc, Is.Null);
    }

    [Test]
    public async Task A_click_on_an_email_whose_pictures_were_blocked_counts_as_its_open()
    {
        await CustomerWithFirstEmailAsync();
        var cartUrl = _store.Queued.Single().Tokens.Single(token => token.Key == "Personalization.CartUrl").Value.ToString();
        _store.Clock.Advance(TimeSpan.FromMinutes(7));

        await _store.Engagement().RecordClickAsync(TokenOf(cartUrl), "/cart", EmailStore.StoreId);

        var send = _store.Sends().Single();
        Assert.That((send.OpenedOnUtc, send.ClickedOnUtc), Is.EqualTo(((DateTime?)_store.Now, (DateTime?)_store.Now)));
    }

    [Test]
    public async Task A_click_after_the_pixel_loaded_keeps_the_time_of_the_open()
    {
        await CustomerWithFirstEmailAsync();
        var cartUrl = _store.Queued.Single().Tokens.Single(token => token.Key == "Personalization.CartUrl").Value.ToString();
        await LoadPixelAsync(TokenOf(PixelUrl()));
        var opened = _store.Now;
        _store.Clock.Advance(TimeSpan.FromMinutes(3));

        await _store.Engagement().RecordClickAsync(TokenOf(cartUrl), "/cart", EmailStore.StoreId);

        var send = _store.Sends().Single();
        Assert.That((send.OpenedOnUtc, send.ClickedOnUtc), Is.EqualTo(((DateTime?)opened, (DateTime?)_store.Now)));
    }

    [Test]
    public async Task The_flow_figures_count_each_opened_email_once()
    {
        await CustomerWithFirstEmailAsync();
        var token = TokenOf(PixelUrl());
        Assert.That((await _store.Flows().GetStatisticsAsync()).Values.Single().Opened, Is.Zero);

        await LoadPixelAsync(token);
        await LoadPixelAsync(token);

        var figures = (await _store.Flows().GetStatisticsAsync()).Values.Single();
        Assert.That((figures.Sent, figures.Opened, figures.Clicked), Is.EqualTo((1, 1, 0)));
    }
}
