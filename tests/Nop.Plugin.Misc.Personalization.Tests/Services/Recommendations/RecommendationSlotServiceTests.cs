using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Cms;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Recommendations;

/// <summary>
/// The merchant's slots in a real database behind a shared cache, as two web-farm nodes see them.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class RecommendationSlotServiceTests(DatabaseKind kind)
{
    SlotStore _store;
    MemoryStaticCacheManager _cache;

    [SetUp]
    public async Task CreateStore()
    {
        _store = await SlotStore.CreateAsync(kind, new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero)));
        _cache = new MemoryStaticCacheManager(distributed: true);
    }

    [TearDown]
    public void DropStore()
    {
        _cache?.Dispose();
        _store?.Dispose();
    }

    /// <summary>A node: its own service and plugin over the shared database and cache.</summary>
    (RecommendationSlotService Slots, PersonalizationPlugin Plugin) Node()
    {
        var service = _store.SlotService(_cache);
        var campaigns = new Mock<ICampaignSetService>();
        campaigns.Setup(c => c.GetCampaignSetAsync()).ReturnsAsync(CampaignSet.Empty);
        return (service, new PersonalizationPlugin(campaigns.Object, null, null, null, null, null, service, null, null, new WidgetSettings()));
    }

    static RecommendationSlot CartSlot() => new()
    {
        Name = "Cart: bought together", WidgetZone = RecommendationSlotZones.Cart, Strategy = RecommendationStrategies.AlsoBought,
        ProductCount = 6, Title = "Complete your order", Active = true, ExcludeCartProducts = true
    };

    [Test]
    public async Task A_deleted_slot_takes_its_translated_titles_with_it()
    {
        var (slots, _) = Node();
        var cart = CartSlot();
        await slots.InsertSlotAsync(cart);

        await slots.DeleteSlotAsync(cart);

        //an empty value is how nopCommerce's localized entity service deletes a translation
        foreach (var languageId in new[] { 1, 2 })
            _store.LocalizedTitles.Verify(l => l.SaveLocalizedValueAsync(cart, It.IsAny<System.Linq.Expressions.Expression<Func<RecommendationSlot, string>>>(), string.Empty, languageId), Times.Once);
        Assert.That(_store.Slots.Table.Any(slot => slot.Id == cart.Id), Is.False);
    }

    [Test]
    public async Task Uninstalling_deletes_every_slot_with_its_translated_titles()
    {
        var (slots, _) = Node();
        var count = (await slots.GetAllSlotsAsync()).Count;
        Assert.That(count, Is.GreaterThan(0), "the seeded slots");
        var templates = new Mock<Nop.Services.Messages.IMessageTemplateService>();
        templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), null)).ReturnsAsync(new List<Nop.Core.Domain.Messages.MessageTemplate>());
        var plugin = new PersonalizationPlugin(Mock.Of<ICampaignSetService>(), Mock.Of<Nop.Services.Localization.ILanguageService>(), Mock.Of<Nop.Services.Localization.ILocalizationService>(),
            templates.Object, null, Mock.Of<Nop.Services.Security.IPermissionService>(), slots, Mock.Of<Nop.Services.ScheduleTasks.IScheduleTaskService>(), Mock.Of<Nop.Services.Configuration.ISettingService>(), new WidgetSettings());

        await plugin.UninstallAsync();

        Assert.That(_store.Slots.Table.Count(), Is.Zero);
        _store.LocalizedTitles.Verify(l => l.SaveLocalizedValueAsync(It.IsAny<RecommendationSlot>(), It.IsAny<System.Linq.Expressions.Expression<Func<RecommendationSlot, string>>>(), string.Empty, 2), Times.Exactly(count));
    }

    [Test]
    public async Task The_plugin_renders_in_the_zones_of_active_slots_and_follows_a_change_made_on_another_node()
    {
        var (slots, plugin) = Node();
        var (_, otherPlugin) = Node();
        var before = await otherPlugin.GetWidgetZonesAsync();

        var cart = CartSlot();
        await slots.InsertSlotAsync(cart);
        var home = (await slots.GetAllSlotsAsync()).Single(slot => slot.WidgetZone == "home_page_bottom");
        home.Active = false;
        await slots.UpdateSlotAsync(home);

        Assert.That(before, Is.SupersetOf(new[] { "productdetails_bottom", "categorydetails_bottom", "home_page_bottom" }));
        Assert.That(await otherPlugin.GetWidgetZonesAsync(), Does.Contain("order_summary_content_after").And.Not.Contain("home_page_bottom"));
        Assert.That(await plugin.GetWidgetZonesAsync(), Does.Contain("body_end_html_tag_before"), "the tracker's zone stays");
        //the zone shows its inline campaign messages first, then its slots
        Assert.That(plugin.GetWidgetViewComponent("order_summary_content_after"), Is.EqualTo(typeof(Nop.Plugin.Misc.Personalization.Components.CampaignZoneViewComponent)));
        Assert.That(Nop.Plugin.Misc.Personalization.Components.CampaignZoneViewComponent.ZoneBlock("order_summary_content_after"),
            Is.EqualTo(typeof(Nop.Plugin.Misc.Personalization.Components.RecommendationsViewComponent)));
    }

    [Test]
    public async Task The_add_to_cart_notification_is_no_widget_zone_but_its_slots_are_served()
    {
        var (slots, plugin) = Node();
        var notification = CartSlot();
        notification.WidgetZone = RecommendationSlotZones.AddToCartNotification;

        await slots.InsertSlotAsync(notification);

        Assert.That(await plugin.GetWidgetZonesAsync(), Does.Not.Contain(RecommendationSlotZones.AddToCartNotification));
        Assert.That((await slots.GetActiveSlotsAsync(RecommendationSlotZones.AddToCartNotification, 1)).Select(slot => slot.Id), Is.EqualTo(new[] { notification.Id }));
    }

    [Test]
    public async Task A_slot_of_one_store_shows_there_only_and_slots_of_a_zone_come_in_display_order()
    {
        var (slots, _) = Node();
        var second = CartSlot();
        second.StoreId = 2;
        second.DisplayOrder = 5;
        var first = CartSlot();
        first.DisplayOrder = 1;
        await slots.InsertSlotAsync(second);
        await slots.InsertSlotAsync(first);

        Assert.That((await slots.GetActiveSlotsAsync(RecommendationSlotZones.Cart, 2)).Select(slot => slot.Id), Is.EqualTo(new[] { first.Id, second.Id }));
        Assert.That((await slots.GetActiveSlotsAsync(RecommendationSlotZones.Cart, 1)).Select(slot => slot.Id), Is.EqualTo(new[] { first.Id }));
    }

    [TestCase(0, null, null)]
    [TestCase(25, null, null)]
    [TestCase(4, "sidebar_top", null)]
    [TestCase(4, null, "MostExpensive")]
    public async Task A_slot_with_a_bad_count_zone_or_strategy_is_refused_and_the_stored_one_stays_as_it_was(int count, string zone, string strategy)
    {
        var (slots, _) = Node();
        var stored = (await slots.GetAllSlotsAsync()).First();
        var changed = (await slots.GetAllSlotsAsync()).First();
        changed.ProductCount = count;
        changed.WidgetZone = zone ?? changed.WidgetZone;
        changed.Strategy = strategy ?? changed.Strategy;

        Assert.ThrowsAsync<ArgumentException>(() => slots.UpdateSlotAsync(changed));
        Assert.ThrowsAsync<ArgumentException>(() => slots.InsertSlotAsync(new RecommendationSlot { Name = "x", WidgetZone = changed.WidgetZone, Strategy = changed.Strategy, ProductCount = count }));

        var reread = _store.Slots.Table.Single(slot => slot.Id == stored.Id);
        Assert.That((reread.ProductCount, reread.WidgetZone, reread.Strategy), Is.EqualTo((stored.ProductCount, stored.WidgetZone, stored.Strategy)));
        Assert.That(_store.Slots.Table.Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task A_customers_cart_of_this_store_and_ordered_products_come_latest_first()
    {
        var (slots, _) = Node();
        await _store.Cart.InsertAsync([
            new ShoppingCartItem { CustomerId = 7, StoreId = 1, ShoppingCartTypeId = 1, ProductId = 10 },
            new ShoppingCartItem { CustomerId = 7, StoreId = 1, ShoppingCartTypeId = 2, ProductId = 11 },
            new ShoppingCartItem { CustomerId = 7, StoreId = 2, ShoppingCartTypeId = 1, ProductId = 12 },
            new ShoppingCartItem { CustomerId = 7, StoreId = 1, ShoppingCartTypeId = 1, ProductId = 13 },
            new ShoppingCartItem { CustomerId = 8, StoreId = 1, ShoppingCartTypeId = 1, ProductId = 14 }
        ]);
        await _store.Orders.InsertKeepingIdsAsync([
            new Order { Id = 1, CustomerId = 7, CreatedOnUtc = DateTime.UtcNow }, new Order { Id = 2, CustomerId = 7, CreatedOnUtc = DateTime.UtcNow },
            new Order { Id = 3, CustomerId = 7, Deleted = true, CreatedOnUtc = DateTime.UtcNow }
        ]);
        await _store.Items.InsertAsync([
            new OrderItem { OrderId = 1, ProductId = 20 }, new OrderItem { OrderId = 2, ProductId = 21 }, new OrderItem { OrderId = 2, ProductId = 20 },
            new OrderItem { OrderId = 3, ProductId = 22 }
        ]);

        var (cart, ordered) = await slots.GetCustomerProductsAsync(7, 1);

        Assert.That(cart, Is.EqualTo(new[] { 13, 10 }), "not the wishlist, not another store's cart");
        Assert.That(ordered, Is.EqualTo(new[] { 21, 20 }), "not a deleted order");
    }
}
