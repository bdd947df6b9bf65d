using Personalization.Engine.Clustering;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Tests.Clustering;

[TestFixture]
public class SegmentDiscoveryTests
{
    // Three planted groups: garden, kitchen and bag buyers (60% of their lines), all of whom also buy cards (40%);
    // garden buyers pay three times what kitchen buyers pay, bag buyers in between, so the cards median is the
    // bag buyers' price and sets the tiers: premium garden, budget kitchen, mid-range bags.
    static CustomerMixes Planted(int perGroup, int seed)
    {
        var random = new Random(seed);
        var lines = new List<CategorizedLine>();
        string[] categories = ["Garden", "Kitchen", "Bags"];
        double[] priceFactor = [3.0, 1 / 3.0, 1.0];
        var customer = 0;
        for (var g = 0; g < 3; g++)
        {
            for (var i = 0; i < perGroup; i++)
            {
                customer++;
                for (var line = 0; line < 20; line++)
                {
                    var category = line < 12 ? categories[g] : "Cards";
                    var price = 10 * priceFactor[g] * (0.9 + 0.2 * random.NextDouble());
                    lines.Add(new CategorizedLine(customer, $"{customer}-{line / 5}", category, price, price * (1 + random.Next(3)), false));
                }
            }
        }

        return CustomerMixes.Build(lines);
    }

    [Test]
    public void Planted_groups_are_found_named_and_stable_across_seeds()
    {
        var report = SegmentDiscovery.Discover(Planted(120, 1), new SegmentDiscoveryOptions(StabilitySeeds: 5, Restarts: 3));

        Assert.That(report.K, Is.EqualTo(3));
        Assert.That(report.Silhouette, Is.GreaterThan(0.5));
        Assert.That(report.StabilityAri, Is.GreaterThan(0.95));
        Assert.That(report.Clusters.Select(c => c.Name), Is.EquivalentTo(new[] { "Premium — Garden, Cards", "Budget — Kitchen, Cards", "Mid-range — Bags, Cards" }));
        Assert.That(report.Clusters.Select(c => c.CustomerIds.Count), Has.All.EqualTo(120));
    }

    [Test]
    public void Cluster_profile_reports_tier_categories_and_members()
    {
        var report = SegmentDiscovery.Discover(Planted(60, 2), new SegmentDiscoveryOptions(StabilitySeeds: 2, Restarts: 2));
        var garden = report.Clusters.Single(c => c.TopCategories[0].Category == "Garden");

        Assert.That(garden.Tier, Is.EqualTo(PriceTier.Premium));
        Assert.That(garden.TopCategories[0].Share, Is.GreaterThan(0.5));
        Assert.That(garden.MeanPriceIndex, Is.GreaterThan(1.25));
        Assert.That(garden.CustomerIds, Has.All.InRange(1, 60));
    }

    [Test]
    public void Name_joins_a_second_category_only_when_it_holds_a_real_share()
    {
        Assert.That(SegmentDiscovery.Name(PriceTier.Premium, [("Garden furniture & BBQ", 0.5), ("Lighting", 0.3)]), Is.EqualTo("Premium — Garden furniture & BBQ, Lighting"));
        Assert.That(SegmentDiscovery.Name(PriceTier.Budget, [("Toys", 0.8), ("Books", 0.1)]), Is.EqualTo("Budget — Toys"));
    }

    [Test]
    public void Mixes_share_spend_by_category_and_merge_the_smallest_into_other()
    {
        List<CategorizedLine> lines =
        [
            new(1, "o1", "A", 1, 30, false), new(1, "o1", "B", 1, 10, false), new(1, "o2", "C", 1, 1, true),
            new(2, "o3", "A", 1, 5, false)
        ];

        var mixes = CustomerMixes.Build(lines, maxCategories: 2);

        Assert.That(mixes.Categories, Is.EqualTo(new[] { "A", CustomerMixes.Other }));
        Assert.That(mixes.Customers[0].Shares[0], Is.EqualTo(30 / 41.0).Within(1e-9));
        Assert.That(mixes.Customers[0].DiscountShare, Is.EqualTo(0.5));
        Assert.That(mixes.Customers[0].Orders, Is.EqualTo(2));
    }

    [Test]
    public void Too_few_customers_are_refused_with_a_clear_error()
    {
        var mixes = CustomerMixes.Build([new CategorizedLine(1, "o", "A", 1, 1, false), new CategorizedLine(2, "p", "A", 1, 1, false)]);

        Assert.That(() => SegmentDiscovery.Discover(mixes, new SegmentDiscoveryOptions()), Throws.ArgumentException.With.Message.Contains("too few"));
    }
}
