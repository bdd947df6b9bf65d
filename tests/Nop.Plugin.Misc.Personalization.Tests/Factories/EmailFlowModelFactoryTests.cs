using System.Web;
using Moq;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Emails;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Emails;
using Nop.Services.Discounts;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Stores;
using EmailFlow = Nop.Plugin.Misc.Personalization.Domain.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Tests.Factories;

/// <summary>
/// The opens the email pages show: the flow grid, the results card and the send log, from emails really sent and opened.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
public class EmailFlowModelFactoryTests(DatabaseKind kind)
{
    const int Customers = 5;

    EmailStore _store;
    EmailFlow _flow;

    /// <summary>The send log's grid settings are the store's; the page size is set by the test.</summary>
    sealed record FixedSendSearch : EmailSendSearchModel
    {
        public override void SetGridPageSize() => Length = 10;
    }

    [SetUp]
    public async Task SendFiveEmailsAndOpenTwo()
    {
        _store = EmailStore.Create(kind);
        for (var i = 0; i < Customers; i++)
            await _store.AddToCartAsync(await _store.AddCustomerAsync($"c{i}@example.com"), _store.Now.AddMinutes(-61));
        _flow = await _store.InsertFlowAsync(EmailSchedulerServiceTests.CartFlow("Cart", 0));
        await _store.Scheduler().RunAsync();
        _store.CloseConnections();
        foreach (var email in _store.Queued.Where(email => email.To is "c1@example.com" or "c3@example.com"))
        {
            var pixel = HttpUtility.HtmlDecode(email.Tokens.Single(token => token.Key == "Personalization.OpenPixel").Value.ToString()!);
            var url = pixel[(pixel.IndexOf("src=\"", StringComparison.Ordinal) + 5)..pixel.IndexOf("\" width", StringComparison.Ordinal)];
            Assert.That(await _store.Engagement().RecordOpenAsync(HttpUtility.ParseQueryString(new Uri(url).Query)["t"], EmailStore.StoreId), Is.True);
        }
        _store.CloseConnections();
    }

    [TearDown]
    public void DisposeStore() => _store?.Dispose();

    EmailFlowModelFactory Factory()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>()))
            .ReturnsAsync((string key) => PersonalizationLocaleResources.English.GetValueOrDefault(key, key));
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync([new Store { Id = EmailStore.StoreId, Name = "Shop" }]);
        //the editor's choices (segments, templates, discounts) are not what these pages' opens depend on: none here
        var segments = new Mock<ISegmentService>();
        segments.Setup(s => s.GetAllSegmentsAsync(It.IsAny<int>(), It.IsAny<bool>(), It.IsAny<string>(), It.IsAny<int>(), It.IsAny<int>()))
            .ReturnsAsync(new TestPagedList<Segment>([], 0, int.MaxValue, 0));
        var templates = new Mock<IMessageTemplateService>();
        templates.Setup(t => t.GetAllMessageTemplatesAsync(It.IsAny<int>(), It.IsAny<string>(), It.IsAny<bool?>(), It.IsAny<int>())).ReturnsAsync([]);
        var discounts = new Mock<IDiscountService>();
        discounts.Setup(d => d.GetAllDiscountsAsync(It.IsAny<DiscountType?>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(),
            It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<bool?>(), It.IsAny<int>())).ReturnsAsync([]);
        var dates = new Mock<IDateTimeHelper>();
        dates.SetupGet(d => d.DefaultStoreTimeZone).Returns(TimeZoneInfo.Utc);
        return new EmailFlowModelFactory(dates.Object, discounts.Object, _store.Flows(), localization.Object, templates.Object, segments.Object, stores.Object);
    }

    [Test]
    public async Task The_flow_grid_shows_how_many_emails_were_opened_and_the_open_rate()
    {
        var list = await Factory().PrepareEmailFlowListModelAsync(new EmailFlowSearchModel { Length = 10 });

        var row = list.Data.Single();
        Assert.That((row.Sent, row.Opened, row.OpenRate), Is.EqualTo((Customers, 2, "40.0 %")));
    }

    [Test]
    public async Task The_results_card_shows_the_emailed_runs_emails_and_opens_and_none_for_the_held_out_runs()
    {
        var model = await Factory().PrepareEmailFlowModelAsync(new EmailFlowModel { SendSearch = new FixedSendSearch() }, _flow);

        var control = model.Arms.Single(arm => arm.IsControl);
        var emailed = model.Arms.Single(arm => !arm.IsControl);
        Assert.That((control.EmailsSent, control.Opened, control.OpenRate), Is.EqualTo(((long?)null, (long?)null, (double?)null)), "held-out runs get no email");
        Assert.That((emailed.EmailsSent, emailed.Opened), Is.EqualTo(((long?)Customers, (long?)2)));
        Assert.That(emailed.OpenRate, Is.EqualTo(0.4).Within(1e-12));
    }

    [Test]
    public async Task The_send_log_shows_when_each_opened_email_was_first_opened()
    {
        var log = await Factory().PrepareEmailSendListModelAsync(new EmailSendSearchModel { FlowId = _flow.Id, Length = 10 });

        Assert.That(log.Data.Where(send => send.OpenedOnUtc != null).Select(send => send.Email).Order(), Is.EqualTo(new[] { "c1@example.com", "c3@example.com" }));
        Assert.That(log.Data.Where(send => send.OpenedOnUtc != null).Select(send => send.OpenedOnUtc), Is.All.EqualTo(_store.Now));
    }
}
