using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Contacts;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Directory;
using Personalization.Engine.Profiles;
using Personalization.Engine.Referrals;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Referrals;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class ReferralServiceTests(DatabaseKind kind)
{
    const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
    static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    TestDatabase _database;
    Linq2DbRepository<VisitSession> _sessions;
    Linq2DbRepository<ImportedContact> _contacts;
    Linq2DbRepository<Customer> _customers;
    ServiceProvider _services;
    byte[] _secret;
    Guid _session;
    bool _sessionStart;
    ReferralService _service;

    [SetUp]
    public void CreateService()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _sessions = new Linq2DbRepository<VisitSession>(_database, new PersonalizationNameCompatibility());
        _contacts = new Linq2DbRepository<ImportedContact>(_database, new PersonalizationNameCompatibility());
        _customers = new Linq2DbRepository<Customer>(_database, "Customer");
        _services = PluginServices.ForWritePath(_database);
        var contactService = new ContactService(_services.GetRequiredService<IProfileUpdateService>(), _customers, _contacts, TimeProvider.System);
        _secret = ReferralTokenSigner.GenerateSecret();
        _session = Guid.NewGuid();
        _sessionStart = false;
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 42 });
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        var visitorContext = new Mock<IVisitorContext>();
        visitorContext.Setup(v => v.GetIdsAsync()).ReturnsAsync(() => (Guid.NewGuid(), _session));
        visitorContext.Setup(v => v.IsSessionStartAsync()).ReturnsAsync(() => _sessionStart);
        var geoLookup = new Mock<IGeoLookupService>();
        geoLookup.Setup(g => g.LookupCountryIsoCode("203.0.113.7")).Returns("de");
        var webHelper = new Mock<IWebHelper>();
        webHelper.Setup(w => w.GetCurrentIpAddress()).Returns("203.0.113.7");
        _service = new ReferralService(contactService, geoLookup.Object, _sessions, storeContext.Object, visitorContext.Object, webHelper.Object, workContext.Object,
            new PersonalizationSettings { TrackingEnabled = true, ReferralSecret = Convert.ToBase64String(_secret) }, new FakeTimeProvider(Now));
    }

    [TearDown]
    public void DropDatabase()
    {
        _services?.Dispose();
        _contacts?.Dispose();
        _customers?.Dispose();
        _sessions?.Dispose();
        _database?.Dispose();
    }

    string SignedLink(long contactId, string campaign, byte[] secret = null) =>
        "https://shop.example.com/caulk?pz=" + new ReferralTokenSigner(secret ?? _secret, TimeSpan.FromDays(365))
            .Sign(new ReferralToken(contactId, campaign, Now.UtcDateTime.AddDays(-1)));

    [Test]
    public async Task A_landing_with_utm_parameters_records_source_medium_campaign_and_device_once_per_session()
    {
        var first = await _service.CaptureLandingAsync("https://shop.example.com/?utm_source=honnold-newsletter&utm_medium=email&utm_campaign=climbing-caulk", Phone);
        var second = await _service.CaptureLandingAsync("https://shop.example.com/?utm_source=google", Phone);

        Assert.That((first, second), Is.EqualTo((true, false)), "the first landing of a session is its referral");
        var session = _sessions.Table.Single();
        Assert.That((session.SessionId, session.CustomerId, session.Source, session.Medium, session.Campaign, session.Device),
            Is.EqualTo((_session, 42, "honnold-newsletter", "email", "climbing-caulk", "mobile")));
        Assert.That(session.ReferralContactId, Is.Null);
    }

    [Test]
    public async Task A_signed_referral_link_identifies_the_imported_contact()
    {
        await _service.CaptureLandingAsync(SignedLink(31337, "honnold"), Phone);

        var session = _sessions.Table.Single();
        Assert.That((session.Source, session.Campaign, session.ReferralContactId), Is.EqualTo(("referral", "honnold", (long?)31337)));
    }

    [Test]
    public async Task A_guest_through_a_contacts_link_gets_the_contacts_traits_before_logging_in()
    {
        var contact = new ImportedContact
        {
            Email = "fan@example.com",
            TraitsJson = JsonSerializer.Serialize(new Dictionary<string, TraitValue> { ["newsletter_list"] = TraitValue.FromText("honnold") }),
            LifetimeValue = 1200m,
            UpdatedOnUtc = Now.UtcDateTime
        };
        await _contacts.InsertAsync(contact);

        await _service.CaptureLandingAsync(SignedLink(contact.Id, "honnold"), Phone);

        var profile = _services.GetRequiredService<Nop.Data.IRepository<CustomerProfile>>().Table.Single(row => row.CustomerId == 42);
        var state = JsonSerializer.Deserialize<CustomerProfileState>(profile.StateJson);
        Assert.That(state.Traits["newsletter_list"], Is.EqualTo(TraitValue.FromText("honnold")));
        Assert.That(profile.LifetimeValue, Is.EqualTo(1200m));
    }

    [Test]
    public async Task A_tampered_or_foreign_token_identifies_nobody()
    {
        var link = SignedLink(31337, "honnold");
        var tampered = link[..^3] + (link[^3] == 'A' ? "B" : "A") + link[^2..];

        var recordedTampered = await _service.CaptureLandingAsync(tampered, Phone);
        var recordedForeign = await _service.CaptureLandingAsync(SignedLink(31337, "honnold", ReferralTokenSigner.GenerateSecret()), Phone);

        Assert.That((recordedTampered, recordedForeign), Is.EqualTo((false, false)));
        Assert.That(_sessions.Table.Count(), Is.Zero);
        Assert.That(_services.GetRequiredService<Nop.Data.IRepository<CustomerProfile>>().Table.Count(), Is.Zero, "no contact's traits were given away");
    }

    [Test]
    public async Task The_first_page_of_a_session_records_its_device_and_country_without_a_referral()
    {
        _sessionStart = true;

        var recorded = await _service.CaptureLandingAsync("https://shop.example.com/caulk", Phone);

        Assert.That(recorded, Is.True);
        var session = _sessions.Table.Single();
        Assert.That((session.SessionId, session.Device, session.Country, session.Source, session.Campaign), Is.EqualTo((_session, "mobile", "DE", (string)null, (string)null)));
    }

    [Test]
    public async Task A_page_later_in_a_session_without_referral_parameters_records_nothing()
    {
        Assert.That(await _service.CaptureLandingAsync("https://shop.example.com/caulk?pagenumber=2&orderby=10", Phone), Is.False);
        Assert.That(_sessions.Table.Count(), Is.Zero);
    }
}
