using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// The seed stores' segment templates, evaluated in batch over the database and in real time over the same visitors.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SeedSegmentsTests(DatabaseKind kind)
{
    const int BathProjects = 10;
    const int TubAndTile = 11;
    const int CaulkAndSealants = 20;
    const int Loungers = 30;
    static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    static readonly SegmentCompileContext Context = new()
    {
        Catalog = new SegmentCatalog(
            [new(BathProjects, 0), new(TubAndTile, BathProjects), new(CaulkAndSealants, 0), new(Loungers, 0)],
            [new(100, [TubAndTile]), new(200, [CaulkAndSealants])],
            [])
    };

    SegmentStore _store;

    [SetUp]
    public async Task CreateStore() => _store = await SegmentStore.CreateAsync(kind);

    [TearDown]
    public void DropStore() => _store?.Dispose();

    static VisitorState Visitor(int customerId, Func<CustomerProfileState, CustomerProfileState> profile = null, params VisitorEvent[] events) => new()
    {
        Profile = (profile ?? (p => p))(CustomerProfileState.Empty(customerId) with { FirstSeenUtc = Now.AddDays(-40), LastSeenUtc = Now, Visits = 3 }),
        StoreId = 1,
        Events = events
    };

    static VisitorEvent Event(int customerId, TrackedEventType type, int entity = 0, string label = null, int daysAgo = 1) =>
        new(type, customerId, Guid.Empty, 1, Guid.Empty, entity, 0m, label, Now.AddDays(-daysAgo));

    static CustomerProfileState Subscriber(CustomerProfileState p, decimal spent) => p with
    {
        Orders = 3,
        TotalSpent = spent,
        Traits = new Dictionary<string, TraitValue> { ["newsletter:alex-honnold"] = TraitValue.FromBoolean(true) }
    };

    async Task<(List<int> Batch, IReadOnlyList<int> RealTime)> EvaluateAsync(SegmentRule rule, IReadOnlyList<VisitorState> visitors)
    {
        await _store.WriteAsync(visitors);
        var realTime = RealTimeSegmentSet.Compile([new(1, rule)], Context);
        var live = visitors.Where(v => realTime.Members(v, Now).Count > 0).Select(v => v.Profile.CustomerId).ToList();
        return (await _store.MembersAsync(rule, Now, Context), live);
    }

    [Test]
    public async Task Valuable_subscriber_about_to_leave_selects_identified_subscribers_above_1000_with_a_low_purchase_score()
    {
        var rule = SegmentTemplates.ValuableSubscriberAboutToLeave("newsletter:alex-honnold").Rule;
        var scores = (decimal purchase) => new Dictionary<string, decimal> { [SegmentTemplates.PurchaseModel] = purchase };
        VisitorState[] visitors =
        [
            Visitor(1, p => Subscriber(p, 1500m)) with { Identified = true, Scores = scores(0.1m) },
            Visitor(2, p => Subscriber(p, 1500m)) with { Identified = true, Scores = scores(0.5m) },
            Visitor(3, p => Subscriber(p, 800m)) with { Identified = true, Scores = scores(0.1m) },
            Visitor(4, p => Subscriber(p, 1500m)) with { Identified = false, Scores = scores(0.1m) },
            Visitor(5, p => p with { Orders = 2, TotalSpent = 2000m }) with { Identified = true, Scores = scores(0.1m) },
            Visitor(6, p => Subscriber(p, 1500m)) with { Identified = true }
        ];

        var (batch, realTime) = await EvaluateAsync(rule, visitors);

        Assert.That(batch, Is.EqualTo(new[] { 1 }));
        Assert.That(realTime, Is.EqualTo(batch));
    }

    [Test]
    public async Task Researcher_not_buying_matches_in_real_time_only_while_browsing_caulk_and_sealants()
    {
        var rule = SegmentTemplates.ResearcherNotBuying("caulk", BathProjects, CaulkAndSealants).Rule;
        var low = new Dictionary<string, decimal> { [SegmentTemplates.CartAddModel] = 0.1m };
        var researcher = Visitor(1, null,
            Event(1, TrackedEventType.VideoPlay, label: "Caulking a bathtub", daysAgo: 9),
            Event(1, TrackedEventType.VideoPlay, label: "How to remove old CAULK", daysAgo: 3),
            Event(1, TrackedEventType.CategoryView, TubAndTile, daysAgo: 2)) with { Scores = low };
        var oneVideo = Visitor(2, null,
            Event(2, TrackedEventType.VideoPlay, label: "Caulking a bathtub"),
            Event(2, TrackedEventType.CategoryView, TubAndTile)) with { Scores = low };
        var otherCategory = Visitor(3, null,
            Event(3, TrackedEventType.VideoPlay, label: "caulk 1"),
            Event(3, TrackedEventType.VideoPlay, label: "caulk 2"),
            Event(3, TrackedEventType.CategoryView, Loungers)) with { Scores = low };

        var (batch, realTimeOffPage) = await EvaluateAsync(rule, [researcher, oneVideo, otherCategory]);
        var onPage = RealTimeSegmentSet.Compile([new(1, rule)], Context);
        var caulkPage = new PageContext { PageType = "category", CategoryId = CaulkAndSealants };

        Assert.That(batch, Is.Empty, "batch runs know no current page");
        Assert.That(realTimeOffPage, Is.Empty);
        Assert.That(onPage.Members(VisitorStateUpdater.OnPage(researcher, caulkPage), Now), Is.EqualTo(new[] { 1 }));
        Assert.That(onPage.Members(VisitorStateUpdater.OnPage(oneVideo, caulkPage), Now), Is.Empty);
        Assert.That(onPage.Members(VisitorStateUpdater.OnPage(otherCategory, caulkPage), Now), Is.Empty);
        Assert.That(onPage.Members(VisitorStateUpdater.OnPage(researcher, caulkPage with { CategoryId = Loungers }), Now), Is.Empty);
    }

    [Test]
    public async Task First_visit_not_subscribing_excludes_box_subscribers_returning_visitors_and_cart_adders()
    {
        var rule = SegmentTemplates.FirstVisitNotSubscribing("box-subscriber").Rule;
        var low = new Dictionary<string, decimal> { [SegmentTemplates.SubscribeModel] = 0.05m };
        var box = new Dictionary<string, TraitValue> { ["box-subscriber"] = TraitValue.FromBoolean(true) };
        VisitorState[] visitors =
        [
            Visitor(1, p => p with { Visits = 1 }, Event(1, TrackedEventType.ProductView, 100)) with { Scores = low },
            Visitor(2, p => p with { Visits = 1, Traits = box }) with { Scores = low },
            Visitor(3, p => p with { Visits = 2 }) with { Scores = low },
            Visitor(4, p => p with { Visits = 1 }, Event(4, TrackedEventType.CartAdd, 100)) with { Scores = low },
            Visitor(5, p => p with { Visits = 1, Traits = new Dictionary<string, TraitValue> { ["box-subscriber"] = TraitValue.FromBoolean(false) } }) with { Scores = low },
            Visitor(6, p => p with { Visits = 1 }) with { Scores = new Dictionary<string, decimal> { [SegmentTemplates.SubscribeModel] = 0.6m } }
        ];

        var (batch, realTime) = await EvaluateAsync(rule, visitors);

        Assert.That(batch, Is.EqualTo(new[] { 1, 5 }));
        Assert.That(realTime, Is.EqualTo(batch));
    }

    [Test]
    public async Task Loungers_with_premium_brands_combines_category_interest_and_price_tier()
    {
        var rule = SegmentTemplates.CategoryByPriceTier("Loungers, premium brands", Loungers, "premium").Rule;
        CustomerProfileState Shopper(CustomerProfileState p, int loungerViews, decimal priceRatio) => p with
        {
            TopCategories = [new AffinityCount(Loungers, loungerViews), new AffinityCount(BathProjects, 1)],
            PriceRatioSum = priceRatio * 4,
            PriceRatioCount = 4
        };
        VisitorState[] visitors =
        [
            Visitor(1, p => Shopper(p, 3, 1.6m)),
            Visitor(2, p => Shopper(p, 3, 0.6m)),
            Visitor(3, p => Shopper(p, 1, 1.6m)),
            Visitor(4, p => p with { PriceRatioSum = 6.4m, PriceRatioCount = 4 })
        ];

        var (batch, realTime) = await EvaluateAsync(rule, visitors);

        Assert.That(batch, Is.EqualTo(new[] { 1 }));
        Assert.That(realTime, Is.EqualTo(batch));
    }
}
