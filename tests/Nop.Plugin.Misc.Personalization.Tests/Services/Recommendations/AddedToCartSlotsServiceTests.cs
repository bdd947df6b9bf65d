using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Tracking.Ingestion;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Recommendations;

/// <summary>
/// The guard of the add-to-cart notification's slot endpoint, with the store's slots in a real database.
/// </summary>
[TestFixture]
public class AddedToCartSlotsServiceTests
{
    const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    SlotStore _store;
    RecommendationSlotService _slotService;
    Customer _customer;
    TrackingRateLimiter _rateLimiter;
    AddedToCartSlotsService _service;

    [SetUp]
    public async Task CreateStore()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));
        _store = await SlotStore.CreateAsync(DatabaseKind.Sqlite, clock);
        _slotService = _store.SlotService();
        await _slotService.InsertSlotAsync(new RecommendationSlot
        {
            Name = "After adding", WidgetZone = RecommendationSlotZones.AddToCartNotification, Strategy = RecommendationStrategies.AlsoBought, ProductCount = 4, Active = true
        });

        _customer = new Customer { Id = 42 };
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(() => _customer);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        var visitorContext = new Mock<IVisitorContext>();
        visitorContext.Setup(v => v.GetIdsAsync()).ReturnsAsync((Guid.NewGuid(), Guid.NewGuid()));
        _rateLimiter = new TrackingRateLimiter();
        _service = new AddedToCartSlotsService(_slotService, storeContext.Object, visitorContext.Object, workContext.Object, clock, _rateLimiter);
    }

    [TearDown]
    public void DropStore() => _store?.Dispose();

    static AddedToCartSlotsRequest Call(string productId, bool sameOrigin = true, string userAgent = Browser) => new(productId, sameOrigin, userAgent, "203.0.113.7");

    [Test]
    public async Task A_call_from_the_stores_page_for_a_product_renders_the_slots_for_it()
    {
        var outcome = await _service.CheckAsync(Call("17"));

        Assert.That((outcome.Render, outcome.ProductId, outcome.Error), Is.EqualTo((true, 17, (string)null)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("0")]
    [TestCase("-3")]
    [TestCase("17abc")]
    [TestCase("1e3")]
    [TestCase("99999999999")]
    [TestCase("17 OR 1=1")]
    public async Task A_product_id_that_is_no_positive_number_is_refused_with_a_message(string productId)
    {
        var outcome = await _service.CheckAsync(Call(productId));

        Assert.That(outcome.StatusCode, Is.EqualTo(400));
        Assert.That(outcome.Error, Does.Contain("productId"));
    }

    [Test]
    public async Task Another_sites_page_is_refused_and_a_crawler_or_the_search_engine_account_gets_nothing()
    {
        var crossSite = await _service.CheckAsync(Call("17", sameOrigin: false));
        var crawler = await _service.CheckAsync(Call("17", userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        _customer = new Customer { Id = 1, IsSystemAccount = true };
        var system = await _service.CheckAsync(Call("17"));

        Assert.That(crossSite.StatusCode, Is.EqualTo(403));
        Assert.That((crawler.StatusCode, crawler.Render, system.StatusCode), Is.EqualTo((204, false, 204)));
    }

    [Test]
    public async Task A_visitor_calling_faster_than_the_tracking_limits_allow_is_told_to_wait()
    {
        var outcomes = new List<int>();
        for (var call = 0; call < 200; call++)
            outcomes.Add((await _service.CheckAsync(Call("17"))).StatusCode);

        Assert.That(outcomes, Does.Contain(429));
        Assert.That(outcomes.First(), Is.EqualTo(200));
    }

    [Test]
    public async Task Without_an_active_notification_slot_in_the_store_nothing_is_rendered()
    {
        var slot = _store.InZone(RecommendationSlotZones.AddToCartNotification);
        slot.Active = false;
        await _slotService.UpdateSlotAsync(slot);

        var outcome = await _service.CheckAsync(Call("17"));

        Assert.That((outcome.StatusCode, outcome.Render), Is.EqualTo((204, false)));
    }
}
