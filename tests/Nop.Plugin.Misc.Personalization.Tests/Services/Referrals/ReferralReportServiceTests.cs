using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Referrals;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class ReferralReportServiceTests(DatabaseKind kind)
{
    static readonly DateTime From = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    static readonly DateTime To = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    TestDatabase _database;
    Linq2DbRepository<VisitSession> _sessions;
    Linq2DbRepository<TrackedEvent> _events;
    Linq2DbRepository<CustomerProfile> _profiles;
    ReferralReportService _service;

    [SetUp]
    public void CreateDatabase()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        var names = new PersonalizationNameCompatibility();
        _sessions = new Linq2DbRepository<VisitSession>(_database, names);
        _events = new Linq2DbRepository<TrackedEvent>(_database, names);
        _profiles = new Linq2DbRepository<CustomerProfile>(_database, names);
        _service = new ReferralReportService(_profiles, _events, _sessions);
    }

    [TearDown]
    public void DropDatabase()
    {
        _sessions?.Dispose();
        _events?.Dispose();
        _profiles?.Dispose();
        _database?.Dispose();
    }

    async Task<Guid> VisitAsync(int customerId, Guid visitorId, string source, string campaign, DateTime startedOnUtc)
    {
        var session = new VisitSession
        {
            SessionId = Guid.NewGuid(), CustomerId = customerId, VisitorId = visitorId, StoreId = 1, StartedOnUtc = startedOnUtc, Device = "desktop",
            Source = source, Campaign = campaign
        };
        await _sessions.InsertAsync(session);
        return session.SessionId;
    }

    Task TrackAsync(int customerId, Guid sessionId, TrackedEventType type, decimal value) => _events.InsertAsync(new TrackedEvent
    {
        CustomerId = customerId, VisitorId = Guid.NewGuid(), StoreId = 1, SessionId = sessionId, EventTypeId = (int)type, Value = value,
        CreatedOnUtc = From.AddDays(10)
    });

    Task ProfileAsync(int customerId, decimal lifetimeValue) => _profiles.InsertAsync(new CustomerProfile
    {
        CustomerId = customerId, VisitorId = Guid.NewGuid(), StoreId = 1, LifetimeValue = lifetimeValue, FirstSeenOnUtc = From, LastSeenOnUtc = From, UpdatedOnUtc = From
    });

    async Task SeedAsync()
    {
        var ana = Guid.NewGuid();
        var ben = Guid.NewGuid();
        //an influencer's signed links: Ana came twice and ordered once, Ben came once and ordered
        var anaFirst = await VisitAsync(1, ana, "referral", "honnold-2026", From.AddDays(2));
        await VisitAsync(1, ana, "referral", "honnold-2026", From.AddDays(9));
        var benVisit = await VisitAsync(2, ben, "referral", "honnold-2026", From.AddDays(3));
        await TrackAsync(1, anaFirst, TrackedEventType.OrderPlaced, 100m);
        await TrackAsync(1, anaFirst, TrackedEventType.ProductView, 999m);
        await TrackAsync(2, benVisit, TrackedEventType.OrderPlaced, 50m);
        //an ad link without a campaign, no order
        await VisitAsync(3, Guid.NewGuid(), "instagram", null, From.AddDays(4));
        //a direct visit with an order, and a referred visit before the range: neither counts
        var direct = await VisitAsync(4, Guid.NewGuid(), null, null, From.AddDays(5));
        await TrackAsync(4, direct, TrackedEventType.OrderPlaced, 500m);
        await VisitAsync(5, Guid.NewGuid(), "referral", "honnold-2026", From.AddDays(-1));
        await ProfileAsync(1, 300m);
        await ProfileAsync(2, 100m);
        await ProfileAsync(3, 20m);
        await ProfileAsync(4, 0m);
    }

    [Test]
    public async Task Each_source_and_campaign_gets_its_visits_visitors_orders_revenue_and_customer_value_for_the_range()
    {
        await SeedAsync();

        var report = await _service.GetReportAsync(From, To);

        Assert.That(report.Rows, Is.EqualTo(new[]
        {
            new ReferralReportRow("referral", "honnold-2026", Visits: 3, Visitors: 2, Orders: 2, Revenue: 150m, Customers: 2, AverageLifetimeValue: 200m),
            new ReferralReportRow("instagram", null, Visits: 1, Visitors: 1, Orders: 0, Revenue: 0m, Customers: 1, AverageLifetimeValue: 20m)
        }));
        Assert.That(report.StoreAverageLifetimeValue, Is.EqualTo(105m), "every customer with a profile, referred or not");
    }

    [Test]
    public async Task The_csv_has_a_row_per_source_and_writes_formulas_in_sources_as_text()
    {
        await SeedAsync();
        await VisitAsync(6, Guid.NewGuid(), "=HYPERLINK(\"http://evil\")", "x", From.AddDays(6));
        using var csv = new StringWriter();

        await _service.WriteCsvAsync(await _service.GetReportAsync(From, To), csv);

        var lines = csv.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo("source,campaign,visits,visitors,orders,revenue,conversion_rate,customers,average_lifetime_value,store_average_lifetime_value"));
        Assert.That(lines[1], Is.EqualTo("referral,honnold-2026,3,2,2,150,0.6667,2,200,105"));
        Assert.That(lines, Has.Some.StartsWith("\"'=HYPERLINK("), "a spreadsheet shows the text instead of running it");
        Assert.That(lines, Has.Length.EqualTo(4));
    }

    [Test]
    public void A_range_that_ends_before_it_starts_is_refused()
    {
        Assert.ThrowsAsync<ArgumentException>(() => _service.GetReportAsync(To, From));
    }
}
