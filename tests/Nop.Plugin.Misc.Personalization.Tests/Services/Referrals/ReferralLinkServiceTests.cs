using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Configuration;
using Nop.Services.Stores;
using Personalization.Engine.Profiles;
using Personalization.Engine.Referrals;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Referrals;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class ReferralLinkServiceTests(DatabaseKind kind)
{
    static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    TestDatabase _database;
    Linq2DbRepository<ImportedContact> _contacts;
    byte[] _secret;
    ReferralLinkService _service;

    [SetUp]
    public async Task CreateService()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _contacts = new Linq2DbRepository<ImportedContact>(_database, new PersonalizationNameCompatibility());
        _secret = ReferralTokenSigner.GenerateSecret();
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetStoreByIdAsync(1)).ReturnsAsync(new Store { Id = 1, Url = "https://shop.example.com/" });
        stores.Setup(s => s.GetStoreByIdAsync(2)).ReturnsAsync(new Store { Id = 2, Url = "not a url" });
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<PersonalizationSettings>(It.IsAny<int>()))
            .ReturnsAsync(new PersonalizationSettings { ReferralSecret = Convert.ToBase64String(_secret) });
        _service = new ReferralLinkService(_contacts, settings.Object, stores.Object, new FakeTimeProvider(Now));

        foreach (var (email, customerId, list) in new[] { ("fan1@example.com", 0, "honnold"), ("fan2@example.com", 77, "Honnold"), ("crm@example.com", 0, "crm") })
        {
            await _contacts.InsertAsync(new ImportedContact
            {
                Email = email,
                CustomerId = customerId,
                TraitsJson = JsonSerializer.Serialize(new Dictionary<string, TraitValue> { ["newsletter_list"] = TraitValue.FromText(list) }),
                UpdatedOnUtc = Now.UtcDateTime
            });
        }
    }

    [TearDown]
    public void DropDatabase()
    {
        _contacts?.Dispose();
        _database?.Dispose();
    }

    async Task<string[]> LinesAsync(ReferralLinkRequest request)
    {
        await using var output = new StringWriter();
        await _service.WriteLinksAsync(request, output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    [Test]
    public async Task Each_contact_of_the_list_gets_a_link_to_the_landing_page_signed_with_its_id_and_the_campaign()
    {
        var lines = await LinesAsync(new ReferralLinkRequest(1, "honnold-2026", "/caulk-sealants", "newsletter_list", "honnold"));

        Assert.That(lines[0], Is.EqualTo("email,customer_id,link"));
        Assert.That(lines.Skip(1).Select(line => line.Split(',')[0]), Is.EqualTo(new[] { "fan1@example.com", "fan2@example.com" }), "trait values match without case");
        Assert.That(lines[2].Split(',')[1], Is.EqualTo("77"));
        var signer = new ReferralTokenSigner(_secret, ReferralService.ReferralLinkLifetime);
        foreach (var line in lines.Skip(1))
        {
            var link = line.Split(',')[2];
            Assert.That(link, Does.StartWith("https://shop.example.com/caulk-sealants?pz="));
            var verification = signer.Verify(LandingParameters.Parse(link).ReferralToken, Now.UtcDateTime);
            Assert.That(verification.IsValid, Is.True);
            var contact = _contacts.Table.Single(c => c.Id == verification.Token.ContactId);
            Assert.That((contact.Email, verification.Token.Campaign), Is.EqualTo((line.Split(',')[0], "honnold-2026")));
        }
    }

    [Test]
    public async Task Without_a_trait_every_contact_gets_a_link_and_a_query_string_is_kept()
    {
        var lines = await LinesAsync(new ReferralLinkRequest(1, "crm", "/search?q=caulk"));

        Assert.That(lines, Has.Length.EqualTo(4));
        Assert.That(lines[1].Split(',')[2], Does.StartWith("https://shop.example.com/search?q=caulk&pz="));
    }

    [TestCase("honnold 2026", "/", "Campaign")]
    [TestCase("", "/", "Campaign")]
    [TestCase("honnold", "//evil.example.com/", "Landing page")]
    [TestCase("honnold", "https://evil.example.com/", "Landing page")]
    [TestCase("honnold", "/caulk sealants", "Landing page")]
    public async Task A_request_that_cannot_be_signed_or_leaves_the_store_is_refused_with_the_field_at_fault(string campaign, string path, string field)
    {
        var request = new ReferralLinkRequest(1, campaign, path);

        var reasons = await _service.ValidateAsync(request);

        Assert.That(reasons, Has.Exactly(1).StartsWith(field + ":"));
        Assert.ThrowsAsync<ArgumentException>(() => _service.WriteLinksAsync(request, TextWriter.Null));
    }

    [Test]
    public async Task A_store_without_an_absolute_url_is_refused()
    {
        var reasons = await _service.ValidateAsync(new ReferralLinkRequest(2, "honnold", "/"));

        Assert.That(reasons.Single(), Does.StartWith("Store:").And.Contain("not an absolute address"));
    }
}
