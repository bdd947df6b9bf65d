using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Statistics;
using Personalization.Engine.Segments;

namespace Personalization.Campaigns.Benchmarks;

/// <summary>
/// A hundred active campaigns of the kinds a store runs and a visitor who qualifies for some, and a ten-variant
/// experiment with a million exposures over 60 days; fixed so runs compare.
/// </summary>
public static class BenchmarkCampaigns
{
    /// <summary>The decision time.</summary>
    public static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Categories 1..40 in a tree of eight roots with four children each.</summary>
    public static SegmentCatalog Catalog() =>
        new(Enumerable.Range(1, 40).Select(id => KeyValuePair.Create(id, id <= 8 ? 0 : (id - 9) / 4 + 1)), [], []);

    /// <summary>Gets 100 campaigns over the four presentations and three widget zones, with segments, page rules, schedules and caps.</summary>
    public static IReadOnlyList<Campaign> Campaigns()
    {
        PresentationKind[] kinds = [PresentationKind.Modal, PresentationKind.TopBar, PresentationKind.BottomBar, PresentationKind.Inline];
        string[] zones = ["productdetails_bottom", "categorydetails_top", "home_page_top"];
        var campaigns = new List<Campaign>();
        for (var i = 1; i <= 100; i++)
        {
            var kind = kinds[i % kinds.Length];
            PageTarget[] pages = (i % 5) switch
            {
                0 => [new PageTarget { Kind = PageTargetKind.Category, Ids = [1 + i % 8], IncludeSubcategories = true }],
                1 => [new PageTarget { Kind = PageTargetKind.PageType, PageTypes = ["category", "product"] }],
                2 => [new PageTarget { Kind = PageTargetKind.Url, UrlPattern = $"/c{i % 7}*" }, new PageTarget { Kind = PageTargetKind.Url, UrlPattern = "*preview=1*", Exclude = true }],
                3 => [new PageTarget { Kind = PageTargetKind.Product, Ids = [1000 + i, 1001 + i] }],
                _ => []
            };
            campaigns.Add(new Campaign
            {
                Id = i,
                Name = "Campaign " + i,
                Priority = i % 10,
                IncludeSegmentIds = [1 + i % 30, 31 + i % 20],
                ExcludeSegmentIds = [60 + i % 5],
                HoldoutPercent = 10m,
                Variants = Enumerable.Range(0, 1 + i % 3).Select(v => new CampaignVariant
                {
                    Id = i * 10 + v,
                    Name = ((char)('A' + v)).ToString(),
                    Weight = 1 + v,
                    Copies =
                    [
                        new CampaignCopy
                        {
                            Title = "Hi {{customer.first_name|there}}", BodyHtml = "<p>Only <strong>{{cart.free_shipping_left|a little}}</strong> to free shipping.</p>",
                            CallToActionText = "Shop", CallToActionUrl = "/cart"
                        },
                        new CampaignCopy { LanguageId = 2, Title = "Bonjour {{customer.first_name|à vous}}" }
                    ]
                }).ToList(),
                Delivery = new CampaignDelivery { DelaySeconds = i % 10, Pages = pages, Cap = new FrequencyCap { PerSession = 2, PerDay = 3 } },
                Schedule = i % 4 == 0 ? new CampaignSchedule { Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Saturday], FromHour = 8, ToHour = 22 } : new CampaignSchedule(),
                Presentation = new CampaignPresentation { Kind = kind, WidgetZone = kind == PresentationKind.Inline ? zones[i % zones.Length] : null }
            });
        }

        return campaigns;
    }

    /// <summary>Gets a visitor in twelve segments, with a history for twenty campaigns (some capped, one dismissed).</summary>
    public static CampaignVisitor Visitor() => new()
    {
        VisitorKey = "5f0c3a8e-8d1b-4c1e-9a53-2f7d9c0b6e41",
        SegmentIds = [3, 7, 12, 18, 25, 29, 33, 38, 41, 47, 50, 62],
        StoreId = 1,
        LanguageId = 2,
        History = Enumerable.Range(1, 20).ToDictionary(id => id * 5, id => new CampaignHistory(id % 3, id % 4, id, Dismissed: id == 7))
    };

    /// <summary>Gets a category page of the tree.</summary>
    public static PageContext Page() => new() { PageType = "category", CategoryId = 13, Url = "/c3/bath?page=2" };

    /// <summary>Gets control and ten variants sharing 1,000,000 exposures over 60 days, with revenue.</summary>
    public static (ExperimentArm Control, ExperimentArm[] Variants) Experiment()
    {
        const int days = 60;
        const long exposures = 1_000_000;
        var shares = new double[11];
        shares[0] = 0.1;
        for (var i = 1; i <= 10; i++)
            shares[i] = 0.09;
        var arms = new ExperimentArm[11];
        for (var a = 0; a < 11; a++)
        {
            var rate = 0.03 + 0.0005 * a;
            var perDay = (long)(exposures * shares[a] / days);
            var conversionsPerDay = (long)(perDay * rate);
            arms[a] = new ExperimentArm
            {
                VariantId = a,
                Name = a == 0 ? "Control" : ((char)('A' + a - 1)).ToString(),
                ExpectedShare = shares[a],
                Visitors = perDay * days,
                Conversions = conversionsPerDay * days,
                Revenue = conversionsPerDay * days * 62.5,
                RevenueSquares = conversionsPerDay * days * 62.5 * 62.5 * 1.8,
                DailyVisitors = Enumerable.Repeat(perDay, days).ToArray(),
                DailyConversions = Enumerable.Repeat(conversionsPerDay, days).ToArray()
            };
        }

        return (arms[0], arms[1..]);
    }
}
