using Moq;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Events;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Localization;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Factories;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class EventModelFactoryTests(DatabaseKind kind)
{
    static readonly DateTime Day = new(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc);

    TestDatabase _database;
    Linq2DbRepository<TrackedEvent> _events;
    Linq2DbRepository<CustomerProfile> _profiles;
    EventModelFactory _factory;

    [SetUp]
    public async Task CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _events = new Linq2DbRepository<TrackedEvent>(_database, new PersonalizationNameCompatibility());
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key.Split('.').Last());
        _profiles = new Linq2DbRepository<CustomerProfile>(_database, new PersonalizationNameCompatibility());
        _factory = new EventModelFactory(localization.Object, _profiles, new TrackedEventService(_events));

        //customer 7: a product view on the 20th and a search on each of the 21st and 22nd; customer 8: an order on the 21st
        await _events.InsertAsync(new List<TrackedEvent>
        {
            Row(7, TrackedEventType.ProductView, Day.AddHours(10), entityId: 11, label: "Caulk gun"),
            Row(7, TrackedEventType.Search, Day.AddDays(1).AddHours(9), label: "silicone"),
            Row(7, TrackedEventType.Search, Day.AddDays(2).AddHours(23).AddMinutes(59), label: "bath sealant"),
            Row(8, TrackedEventType.OrderPlaced, Day.AddDays(1).AddHours(12), entityId: 900, value: 150m)
        });
    }

    [TearDown]
    public void DropDatabase()
    {
        _events?.Dispose();
        _profiles?.Dispose();
        _database?.Dispose();
    }

    static TrackedEvent Row(int customerId, TrackedEventType type, DateTime at, int entityId = 0, decimal value = 0, string label = null) => new()
    {
        CustomerId = customerId, EventTypeId = (int)type, CreatedOnUtc = at, EntityId = entityId, Value = value, Label = label,
        StoreId = 1, VisitorId = Guid.NewGuid(), SessionId = Guid.NewGuid()
    };

    [Test]
    public async Task The_grid_shows_newest_first_with_named_event_types_and_the_total_for_paging()
    {
        var page = await _factory.PrepareEventListModelAsync(new EventSearchModel { Start = 0, Length = 2, Draw = "3" });

        Assert.That(page.RecordsTotal, Is.EqualTo(4));
        Assert.That(page.Draw, Is.EqualTo("3"));
        Assert.That(page.Data.Select(row => (row.EventType, row.Label)), Is.EqualTo(new[] { ("Search", "bath sealant"), ("OrderPlaced", (string)null) }));
    }

    [Test]
    public async Task Filters_by_customer_type_and_whole_days()
    {
        var page = await _factory.PrepareEventListModelAsync(new EventSearchModel
        {
            SearchCustomerId = 7, SearchEventTypeId = (int)TrackedEventType.Search,
            CreatedFromUtc = Day.AddDays(1), CreatedToUtc = Day.AddDays(2), Length = 10
        });

        Assert.That(page.Data.Select(row => row.Label), Is.EqualTo(new[] { "bath sealant", "silicone" }), "the 'to' day counts until its last minute");
    }

    [Test]
    public async Task A_customer_timeline_lists_that_customers_latest_events_and_counts_all_of_them()
    {
        var timeline = await _factory.PrepareCustomerTimelineModelAsync(7, 2);

        Assert.That(timeline.TotalEvents, Is.EqualTo(3));
        Assert.That(timeline.Events.Select(row => row.Label), Is.EqualTo(new[] { "bath sealant", "silicone" }));
        Assert.That(timeline.Events.Select(row => row.CustomerId), Is.All.EqualTo(7));
    }

    [Test]
    public async Task A_customer_timeline_shows_the_profile_summary_when_there_is_one()
    {
        await _profiles.InsertAsync(new CustomerProfile
        {
            CustomerId = 7, VisitCount = 3, OrderCount = 2, LifetimeValue = 150m, AverageOrderValue = 75m,
            FirstSeenOnUtc = Day, LastSeenOnUtc = Day.AddDays(2), UpdatedOnUtc = Day.AddDays(2),
            StateJson = """{"CustomerId":7,"TopCategories":[{"Id":5,"Count":4},{"Id":9,"Count":1}]}"""
        });

        var withProfile = await _factory.PrepareCustomerTimelineModelAsync(7, 2);
        var without = await _factory.PrepareCustomerTimelineModelAsync(8, 2);

        Assert.That((withProfile.HasProfile, withProfile.Visits, withProfile.Orders, withProfile.LifetimeValue), Is.EqualTo((true, 3, 2, 150m)));
        Assert.That(withProfile.TopCategoryIds, Is.EqualTo(new[] { 5, 9 }));
        Assert.That(without.HasProfile, Is.False);
    }
}
