using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Personalization.Engine.Campaigns;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Campaigns;

/// <summary>
/// What campaign tests do on a <see cref="RealTimeFarm"/>: save campaigns as the admin does (publishing the entity
/// events the repository publishes in the store), decide pages and read the stored exposures.
/// </summary>
public static class CampaignFarm
{
    /// <summary>Gets a valid bottom bar with one variant per given weight, measured against a holdout.</summary>
    public static EngineCampaign BottomBar(decimal holdoutPercent = 10m, params int[] weights) => new()
    {
        Name = "Free shipping nudge",
        HoldoutPercent = holdoutPercent,
        Goal = new CampaignGoal { Kind = GoalKind.OrderPlaced },
        AttributionDays = 7,
        Presentation = new CampaignPresentation { Kind = PresentationKind.BottomBar },
        Delivery = new CampaignDelivery { DelaySeconds = 5 },
        Variants = (weights.Length == 0 ? [1] : weights).Select((weight, index) => new CampaignVariant
        {
            Id = index + 1,
            Name = ((char)('A' + index)).ToString(),
            Weight = weight,
            Copies = [new CampaignCopy { Title = $"Variant {(char)('A' + index)}", BodyHtml = "<p>Free shipping over $100</p>" }]
        }).ToList()
    };

    /// <summary>Saves a new active campaign on a server, as the admin does.</summary>
    public static async Task<Campaign> InsertAsync(RealTimeNode server, EngineCampaign engineCampaign)
    {
        var campaign = new Campaign { StatusId = (int)CampaignStatus.Active, CampaignJson = CampaignJson.Write(engineCampaign) };
        await server.RequestAsync(0, services => Save(services, service => service.InsertCampaignAsync(campaign)));
        await server.PublishAsync(new EntityInsertedEvent<Campaign>(campaign));
        return campaign;
    }

    /// <summary>Saves an edited campaign on a server, as the admin does.</summary>
    public static async Task UpdateAsync(RealTimeNode server, Campaign campaign, EngineCampaign engineCampaign)
    {
        campaign.CampaignJson = CampaignJson.Write(engineCampaign);
        await server.RequestAsync(0, services => Save(services, service => service.UpdateCampaignAsync(campaign)));
        await server.PublishAsync(new EntityUpdatedEvent<Campaign>(campaign));
    }

    static async Task<bool> Save(IServiceProvider services, Func<ICampaignService, Task> save)
    {
        await save(services.GetRequiredService<ICampaignService>());
        return true;
    }

    /// <summary>Decides the messages of a customer's page request on a server (a page given by its route values, or none).</summary>
    public static Task<IList<CampaignMessage>> DecideAsync(RealTimeNode server, int customerId, IDictionary<string, object> route = null) =>
        server.RequestAsync(customerId, services => services.GetRequiredService<ICampaignDecisionService>().DecideAsync(), route);

    /// <summary>Gets the route values of a product's page, as nopCommerce's slug route resolves them.</summary>
    public static IDictionary<string, object> ProductPage(int productId) =>
        new Dictionary<string, object> { ["controller"] = "Product", ["action"] = "ProductDetails", ["productid"] = productId };

    /// <summary>Gets the route values of a category's page.</summary>
    public static IDictionary<string, object> CategoryPage(int categoryId) =>
        new Dictionary<string, object> { ["controller"] = "Catalog", ["action"] = "Category", ["categoryid"] = categoryId };

    /// <summary>Records what a customer's browser reports on a server.</summary>
    public static Task<bool> InteractAsync(RealTimeNode server, RealTimeFarm farm, int customerId, int campaignId, int variantId, CampaignInteraction interaction) =>
        server.RequestAsync(customerId, services => services.GetRequiredService<ICampaignExposureService>()
            .RecordInteractionAsync(customerId, campaignId, variantId, interaction, RealTimeNode.BrowserOf(customerId).SessionId, farm.Clock.GetUtcNow().UtcDateTime));

    /// <summary>Gets the stored exposures, read from the table.</summary>
    public static IList<CampaignExposure> StoredExposures(RealTimeFarm farm)
    {
        using var exposures = new Linq2DbRepository<CampaignExposure>(farm.Store.Database, new PersonalizationNameCompatibility());
        return exposures.Table.OrderBy(exposure => exposure.Id).ToList();
    }

    /// <summary>Gets the stored campaigns, read from the table.</summary>
    public static IList<Campaign> StoredCampaigns(RealTimeFarm farm)
    {
        using var campaigns = new Linq2DbRepository<Campaign>(farm.Store.Database, new PersonalizationNameCompatibility());
        return campaigns.Table.OrderBy(campaign => campaign.Id).ToList();
    }

    /// <summary>Forgets every cached exposure, as an evicted or restarted cache does.</summary>
    public static Task ForgetCachedExposuresAsync(RealTimeFarm farm) =>
        farm.Cache.RemoveByPrefixAsync(PersonalizationDefaults.CampaignExposuresCacheKey.Key.Replace("{0}", string.Empty));

    /// <summary>Gets the first customer after <paramref name="after"/> whose bucket for a campaign satisfies a condition.</summary>
    public static int CustomerWithBucket(int campaignId, Func<double, bool> condition, int after = 0) =>
        Enumerable.Range(after + 1, 1000).First(customerId =>
            condition(VariantAssignment.Bucket(RealTimeNode.BrowserOf(customerId).VisitorId.ToString("N"), campaignId)));
}
