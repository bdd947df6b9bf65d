using Moq;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Configuration;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Recommendations;

/// <summary>
/// Slot figures counted in a real database from tracked events and orders, as the slot list shows them.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class RecommendationAttributionServiceTests(DatabaseKind kind)
{
    static readonly DateTime Now = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);
    static readonly DateTime From = Now.AddDays(-30);
    const int Slot = 3, OtherSlot = 4, Customer = 7, Gun = 11, Tape = 40;

    TestDatabase _database;
    Linq2DbRepository<Order> _orders;
    Linq2DbRepository<OrderItem> _items;
    Linq2DbRepository<TrackedEvent> _events;
    RecommendationSettings _settings;
    RecommendationAttributionService _attribution;
    int _nextOrder = 1;

    [SetUp]
    public async Task CreateStore()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _orders = new Linq2DbRepository<Order>(_database, "Order");
        _items = new Linq2DbRepository<OrderItem>(_database, "OrderItem");
        await _orders.CreateTableAsync();
        await _items.CreateTableAsync();
        _events = new Linq2DbRepository<TrackedEvent>(_database, new PersonalizationNameCompatibility());
        _settings = new RecommendationSettings();
        var settingService = new Mock<ISettingService>();
        settingService.Setup(s => s.LoadSettingAsync<RecommendationSettings>(0)).ReturnsAsync(() => _settings);
        _attribution = new RecommendationAttributionService(_orders, _items, _events, settingService.Object);
    }

    [TearDown]
    public void DropStore()
    {
        foreach (var repository in new IDisposable[] { _orders, _items, _events })
            repository?.Dispose();
        _database?.Dispose();
    }

    Task Track(TrackedEventType type, int entityId, decimal value, string label, DateTime when, int customer = Customer) =>
        _events.InsertAsync(new TrackedEvent { CustomerId = customer, EventTypeId = (int)type, EntityId = entityId, Value = value, Label = label,
            StoreId = 1, VisitorId = Guid.NewGuid(), SessionId = Guid.NewGuid(), CreatedOnUtc = when });

    Task Click(int slot, int product, DateTime when, int customer = Customer) => Track(TrackedEventType.Click, product, slot, "recommendation-AlsoBought", when, customer);

    async Task Order(DateTime when, OrderStatus status = OrderStatus.Complete, int customer = Customer, params (int Product, int Quantity, decimal Price)[] lines)
    {
        var id = _nextOrder++;
        await _orders.InsertKeepingIdsAsync([new Order { Id = id, CustomerId = customer, OrderStatusId = (int)status, CreatedOnUtc = when, StoreId = 1 }]);
        await _items.InsertAsync(lines.Select(line => new OrderItem { OrderId = id, ProductId = line.Product, Quantity = line.Quantity, UnitPriceInclTax = line.Price }).ToList());
    }

    [Test]
    public async Task A_product_clicked_in_a_slot_and_ordered_within_the_window_earns_the_slot_its_line_revenue()
    {
        await Click(Slot, Gun, Now.AddDays(-10));
        await Order(Now.AddDays(-5), lines: [(Gun, 2, 12.50m), (Tape, 1, 3m)]);

        var figures = await _attribution.GetSlotFiguresAsync(From, Now);

        Assert.That((figures[Slot].Orders, figures[Slot].Revenue), Is.EqualTo((1, 25.00m)), "the gun's two units, not the tape");
    }

    [Test]
    public async Task An_order_after_the_window_a_cancelled_order_and_another_customers_order_earn_nothing()
    {
        _settings.AttributionDays = 7;
        await Click(Slot, Gun, Now.AddDays(-20));
        await Order(Now.AddDays(-12), lines: [(Gun, 1, 12.50m)]);
        await Click(Slot, Gun, Now.AddDays(-4));
        await Order(Now.AddDays(-3), OrderStatus.Cancelled, lines: [(Gun, 1, 12.50m)]);
        await Order(Now.AddDays(-3), customer: 99, lines: [(Gun, 1, 12.50m)]);
        await Order(Now.AddDays(-5), lines: [(Gun, 1, 12.50m)]);

        var figures = await _attribution.GetSlotFiguresAsync(From, Now);

        Assert.That(figures[Slot].Orders, Is.EqualTo(0), "ordered 8 days after the click, cancelled, someone else's, or before the click");
        Assert.That(figures[Slot].Revenue, Is.EqualTo(0m));
    }

    [Test]
    public async Task A_longer_window_attributes_the_late_order()
    {
        _settings.AttributionDays = 10;
        await Click(Slot, Gun, Now.AddDays(-20));
        await Order(Now.AddDays(-12), lines: [(Gun, 1, 12.50m)]);

        var figures = await _attribution.GetSlotFiguresAsync(From, Now);

        Assert.That(figures[Slot].Orders, Is.EqualTo(1));
    }

    [Test]
    public async Task Two_clicks_on_one_product_count_its_line_once_and_each_slot_it_came_from_gets_it()
    {
        await Click(Slot, Gun, Now.AddDays(-3));
        await Click(Slot, Gun, Now.AddDays(-2));
        await Track(TrackedEventType.Click, Gun, OtherSlot, "recommendation-cart-TopSellers", Now.AddDays(-2));
        await Order(Now.AddDays(-1), lines: [(Gun, 1, 12.50m)]);

        var figures = await _attribution.GetSlotFiguresAsync(From, Now);

        Assert.That((figures[Slot].Clicks, figures[Slot].Orders, figures[Slot].Revenue), Is.EqualTo((2, 1, 12.50m)));
        Assert.That((figures[OtherSlot].AddToCarts, figures[OtherSlot].Clicks, figures[OtherSlot].Orders), Is.EqualTo((1, 0, 1)));
    }

    [Test]
    public async Task Impressions_clicks_and_adds_to_cart_of_the_period_are_counted_per_slot_with_the_click_through_rate()
    {
        for (var i = 0; i < 4; i++)
            await Track(TrackedEventType.RecommendationImpression, Slot, 4, "AlsoBought", Now.AddHours(-1).AddDays(-i));
        await Track(TrackedEventType.RecommendationImpression, Slot, 4, "AlsoBought", Now.AddDays(-40));
        await Click(Slot, Gun, Now.AddHours(-1));
        await Click(Slot, Gun, Now.AddDays(-45));
        await Track(TrackedEventType.Click, Gun, Slot, "recommendation-cart-AlsoBought", Now.AddHours(-1));
        await Track(TrackedEventType.Click, 0, 0, "free-shipping-banner", Now.AddHours(-1));

        var figures = await _attribution.GetSlotFiguresAsync(From, Now);

        Assert.That(figures[Slot], Is.EqualTo(new RecommendationSlotFigures(4, 1, 1, 0, 0m)));
        Assert.That(figures[Slot].ClickThroughRate, Is.EqualTo(0.25));
        Assert.That(figures.Keys, Is.EqualTo(new[] { Slot }), "the banner click is no slot's");
    }
}
