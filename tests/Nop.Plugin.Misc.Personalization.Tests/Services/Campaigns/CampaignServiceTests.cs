using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Campaigns;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class CampaignServiceTests(DatabaseKind kind)
{
    RealTimeFarm _farm;

    [SetUp]
    public async Task CreateFarm() => _farm = await RealTimeFarm.CreateAsync(kind);

    [TearDown]
    public void DisposeFarm() => _farm?.Dispose();

    [Test]
    public async Task A_hostile_body_is_stored_sanitized_and_served_without_its_script()
    {
        var server = _farm.AddNode();
        var hostile = CampaignFarm.BottomBar(0m) with
        {
            Variants =
            [
                new CampaignVariant
                {
                    Name = "A",
                    Copies = [new CampaignCopy { Title = "Hello", BodyHtml = "<p onclick=\"steal()\">Free shipping</p><script>alert(document.cookie)</script><img src=\"javascript:alert(1)\">" }]
                }
            ]
        };

        await CampaignFarm.InsertAsync(server, hostile);
        var message = (await CampaignFarm.DecideAsync(server, 7)).Single();

        var stored = CampaignFarm.StoredCampaigns(_farm).Single();
        Assert.That(stored.CampaignJson, Does.Contain("Free shipping"));
        Assert.That(stored.CampaignJson, Does.Not.Contain("script").And.Not.Contain("onclick").And.Not.Contain("javascript:"));
        Assert.That(message.Copy.BodyHtml, Is.EqualTo("<p>Free shipping</p>"));
        Assert.That(message.VariantId, Is.EqualTo(1), "a new variant gets an id, which its exposures record");
    }

    [Test]
    public async Task An_end_before_the_start_is_refused_with_the_engines_message_and_nothing_is_stored()
    {
        var server = _farm.AddNode();
        var backwards = CampaignFarm.BottomBar() with
        {
            Schedule = new CampaignSchedule
            {
                StartsOnUtc = new DateTime(2026, 3, 4, 12, 0, 0, DateTimeKind.Utc),
                EndsOnUtc = new DateTime(2026, 3, 3, 12, 0, 0, DateTimeKind.Utc)
            }
        };

        var error = Assert.ThrowsAsync<CampaignValidationException>(() => CampaignFarm.InsertAsync(server, backwards));

        Assert.That(error!.Message, Is.EqualTo("Schedule, end: 2026-03-03 12:00 UTC is not after the start 2026-03-04 12:00 UTC."));
        Assert.That(error.Errors.Single().Field, Is.EqualTo("Schedule.EndsOnUtc"));
        Assert.That(CampaignFarm.StoredCampaigns(_farm), Is.Empty);
        Assert.That(_farm.CampaignsVersion, Is.Null, "nothing changed, so no server recompiles");
    }

    [Test]
    public async Task A_paused_campaign_stops_being_served_on_every_server()
    {
        var admin = _farm.AddNode();
        var server = _farm.AddNode();
        var campaign = await CampaignFarm.InsertAsync(admin, CampaignFarm.BottomBar(0m));
        var before = await CampaignFarm.DecideAsync(server, 7);

        campaign.StatusId = (int)Domain.CampaignStatus.Paused;
        await CampaignFarm.UpdateAsync(admin, campaign, CampaignFarm.BottomBar(0m));

        Assert.That(before, Has.Count.EqualTo(1));
        Assert.That(await CampaignFarm.DecideAsync(server, 8), Is.Empty, "the version setting changed, so this server recompiled");
    }
}
