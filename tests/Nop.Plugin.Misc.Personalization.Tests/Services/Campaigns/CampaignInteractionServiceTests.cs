using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Campaigns;

[TestFixture(DatabaseKind.Sqlite)]
public class CampaignInteractionServiceTests(DatabaseKind kind)
{
    RealTimeFarm _farm;

    [SetUp]
    public async Task CreateFarm() => _farm = await RealTimeFarm.CreateAsync(kind);

    [TearDown]
    public void DisposeFarm() => _farm?.Dispose();

    Task<CampaignInteractionOutcome> PostAsync(RealTimeNode server, int customerId, string body, bool sameOrigin = true) =>
        server.RequestAsync(customerId, services => services.GetRequiredService<ICampaignInteractionService>().RecordAsync(Encoding.UTF8.GetBytes(body), sameOrigin));

    [Test]
    public async Task Only_a_same_origin_well_formed_report_of_the_requests_own_assignment_is_recorded()
    {
        var server = _farm.AddNode();
        var campaign = await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(0m));
        var variantId = (await CampaignFarm.DecideAsync(server, 7)).Single().VariantId;
        var impression = $"{{\"campaignId\":{campaign.Id},\"variantId\":{variantId},\"type\":\"impression\"}}";

        var crossSite = await PostAsync(server, 7, impression, sameOrigin: false);
        var oversized = await PostAsync(server, 7, impression + new string(' ', 600));
        var numericType = await PostAsync(server, 7, $"{{\"campaignId\":{campaign.Id},\"variantId\":{variantId},\"type\":\"1\"}}");
        var notJson = await PostAsync(server, 7, "campaign=1");
        var otherCustomer = await PostAsync(server, 8, impression);
        Assert.That(CampaignFarm.StoredExposures(_farm).Single().Shown, Is.False, "nothing refused was recorded");

        var own = await PostAsync(server, 7, impression);

        Assert.That(crossSite.StatusCode, Is.EqualTo(403));
        Assert.That(oversized.StatusCode, Is.EqualTo(413));
        Assert.That(numericType.StatusCode, Is.EqualTo(400));
        Assert.That(notJson.StatusCode, Is.EqualTo(400));
        Assert.That(otherCustomer.StatusCode, Is.EqualTo(404), "the client cannot report for a customer other than the request's");
        Assert.That(own, Is.EqualTo(CampaignInteractionOutcome.Recorded));
        Assert.That(CampaignFarm.StoredExposures(_farm).Single().Shown, Is.True);
    }
}
