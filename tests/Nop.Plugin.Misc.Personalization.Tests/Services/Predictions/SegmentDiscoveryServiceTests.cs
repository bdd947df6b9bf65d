using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Services.Messages;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Predictions;

/// <summary>
/// Discovery on a shop of four planted groups (garden or kitchen, premium or budget), and a cluster turned into a segment.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class SegmentDiscoveryServiceTests(DatabaseKind kind)
{
    PredictionStore _store;

    [SetUp]
    public async Task CreateShop() =>
        _store = await PredictionStore.CreateAsync(kind, GeneratedShop.Create(customers: 160, days: 300, visitsPerCustomer: 0, PredictionStore.Now.UtcDateTime, seed: 5));

    [TearDown]
    public void DropShop() => _store?.Dispose();

    [Test]
    public async Task Discovery_finds_the_planted_groups_named_by_price_tier_and_the_stores_categories_and_stores_them()
    {
        var result = await _store.Discovery.DiscoverAsync();

        Assert.That(result.Ran, Is.True);
        Assert.That(result.Stored.K, Is.EqualTo(4));
        Assert.That(result.Stored.Clusters.Select(cluster => cluster.Name),
            Is.EquivalentTo(new[] { "Premium — Garden", "Budget — Garden", "Premium — Kitchen", "Budget — Kitchen" }));
        var premiumGarden = result.Stored.Clusters.Single(cluster => cluster.Name == "Premium — Garden");
        Assert.That((premiumGarden.Tier, premiumGarden.TopCategories[0].CategoryId), Is.EqualTo(("premium", GeneratedShop.Garden)));
        var stored = await _store.Discovery.GetLastDiscoveryAsync();
        Assert.That(stored.Clusters.Select(cluster => (cluster.Name, cluster.Size)), Is.EqualTo(result.Stored.Clusters.Select(cluster => (cluster.Name, cluster.Size))));
        Assert.That(stored.DiscoveredOnUtc, Is.EqualTo(PredictionStore.Now.UtcDateTime));
        Assert.That(stored.Customers, Is.EqualTo(result.Report.Clusters.Sum(cluster => cluster.CustomerIds.Count)));
    }

    [Test]
    public async Task A_cluster_becomes_a_valid_stored_segment_whose_members_are_mostly_the_clusters_customers()
    {
        var result = await _store.Discovery.DiscoverAsync();
        foreach (var cluster in result.Report.Clusters)
        {
            var segment = await _store.Discovery.CreateSegmentAsync(cluster.Index);

            var stored = await _store.Segments.SegmentService.GetSegmentByIdAsync(segment.Id);
            Assert.That((stored.Name, stored.Active, stored.TemplateKey), Is.EqualTo((cluster.Name, true, SegmentDiscoveryService.TemplateKey)));
            Assert.That(stored.Notes, Does.Contain("approximates"));
            var members = await _store.Segments.MembersAsync(SegmentRuleJson.Read(stored.RuleJson), PredictionStore.Now.UtcDateTime);
            var inCluster = members.Intersect(cluster.CustomerIds).Count();
            Assert.That(inCluster / (double)members.Count, Is.GreaterThanOrEqualTo(0.8), $"{cluster.Name}: members are the cluster's customers");
            Assert.That(inCluster / (double)cluster.CustomerIds.Count, Is.GreaterThanOrEqualTo(0.8), $"{cluster.Name}: the cluster's customers are members");
        }

        Assert.That(_store.Segments.Segments.Table.Count(), Is.EqualTo(result.Report.Clusters.Count));
    }

    [Test]
    public async Task Asking_for_a_cluster_the_last_discovery_does_not_have_explains_and_stores_nothing()
    {
        Assert.That(async () => await _store.Discovery.CreateSegmentAsync(0),
            Throws.ArgumentException.With.Message.Contains("No segment discovery has run yet"));
        await _store.Discovery.DiscoverAsync();

        Assert.That(async () => await _store.Discovery.CreateSegmentAsync(99), Throws.ArgumentException.With.Message.Contains("has no cluster 99"));
        Assert.That(_store.Segments.Segments.Table.Count(), Is.Zero);
    }

    [Test]
    public async Task Create_segment_on_the_page_opens_the_new_segments_edit_page_or_says_why_it_could_not()
    {
        var notifications = new Mock<INotificationService>();
        using var controller = new PersonalizationPredictionsController(_store.Localization, notifications.Object,
            new PredictionModelFactory(_store.Localization, _store.ModelService, _store.Discovery, _store.SettingService), _store.Training, _store.Discovery,
            _store.SettingService);
        await controller.Discover();
        var cluster = (await _store.Discovery.GetLastDiscoveryAsync()).Clusters[0];

        var created = (RedirectToActionResult)await controller.CreateSegment(cluster.Index);
        var refused = (RedirectToActionResult)await controller.CreateSegment(99);

        var segment = _store.Segments.Segments.Table.Single();
        Assert.That((created.ControllerName, created.ActionName, created.RouteValues!["id"]), Is.EqualTo(("PersonalizationSegments", "Edit", (object)segment.Id)));
        Assert.That((refused.ControllerName, refused.ActionName), Is.EqualTo(((string)null, nameof(PersonalizationPredictionsController.Predictions))));
        notifications.Verify(n => n.SuccessNotification($"The segment \"{cluster.Name}\" was created from the group.", true, 0), Times.Once);
        notifications.Verify(n => n.ErrorNotification(It.Is<string>(text => text.Contains("has no cluster 99")), true, 0), Times.Once);
    }
}
