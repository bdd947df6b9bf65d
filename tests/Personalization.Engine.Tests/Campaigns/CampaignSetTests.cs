using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Content;
using Personalization.Engine.Segments;
using static Personalization.Engine.Tests.Campaigns.CampaignBuilder;

namespace Personalization.Engine.Tests.Campaigns;

public class CampaignSetTests
{
    static readonly PageContext CategoryPage = new() { PageType = "category", CategoryId = 12, Url = "/bath/caulk" };

    static CampaignDecision[] Decide(CampaignSet set, CampaignVisitor visitor, PageContext page = null, DateTime? now = null) =>
        set.Decide(visitor, page ?? CategoryPage, now ?? Now).ToArray();

    static CampaignSet NoHoldout(params Campaign[] campaigns) => CampaignSet.Compile(campaigns.Select(c => c with { HoldoutPercent = 0 }).ToList());

    [Test]
    public void Highest_priority_campaign_takes_the_slot_and_ties_go_to_the_lower_id()
    {
        var set = NoHoldout(Campaign(3, priority: 5), Campaign(2, priority: 9), Campaign(1, priority: 9), Campaign(4, kind: PresentationKind.BottomBar));

        var decisions = Decide(set, Visitor());

        Assert.That(decisions.Select(d => d.CampaignId), Is.EqualTo(new[] { 1, 4 }));
        Assert.That(set.SlotCount, Is.EqualTo(2));
    }

    [Test]
    public void Same_visitor_gets_the_same_arm_on_every_request_and_in_a_new_set()
    {
        var campaigns = new[] { Campaign(7, holdout: 50m) };
        var first = Decide(CampaignSet.Compile(campaigns), Visitor("abc")).Single();

        for (var i = 0; i < 5; i++)
            Assert.That(Decide(CampaignSet.Compile(campaigns), Visitor("abc")).Single().VariantId, Is.EqualTo(first.VariantId));
    }

    [Test]
    public void Holdout_and_weights_split_twenty_thousand_visitors_as_configured()
    {
        var campaign = Campaign(7, holdout: 20m) with { Variants = [Variant(71, "A", weight: 1), Variant(72, "B", weight: 3)] };
        var set = CampaignSet.Compile([campaign]);
        var counts = new long[3];
        for (var i = 0; i < 20000; i++)
        {
            var decision = Decide(set, Visitor("visitor-" + i)).Single();
            counts[decision.IsControl ? 0 : decision.VariantId == 71 ? 1 : 2]++;
        }

        //the split itself passes the sample-ratio check the reports run
        var (_, p) = Personalization.Engine.Campaigns.Statistics.SampleRatioCheck.Test(counts, CampaignSplit.ExpectedShares(campaign));
        Assert.That(p, Is.GreaterThan(0.001), string.Join(", ", counts));
        Assert.That(counts[0] / 20000.0, Is.EqualTo(0.2).Within(0.015));
        Assert.That(counts[2] / (double)counts[1], Is.EqualTo(3).Within(0.3));
    }

    [Test]
    public void Held_out_visitor_gets_a_control_decision_that_keeps_the_slot_empty()
    {
        var set = CampaignSet.Compile([Campaign(1, priority: 9, holdout: 90m), Campaign(2, priority: 1, holdout: 0m)]);
        var control = Enumerable.Range(0, 50).Select(i => Decide(set, Visitor("v" + i)).Single()).First(d => d.IsControl);

        Assert.That(control.CampaignId, Is.EqualTo(1));
        Assert.That(control.VariantId, Is.EqualTo(0));
        Assert.That(control.Copy, Is.Null);
    }

    [Test]
    public void Capped_or_dismissed_campaign_yields_its_slot_to_the_next_one()
    {
        var capped = Campaign(1, priority: 9) with { Delivery = new CampaignDelivery { Cap = new FrequencyCap { PerSession = 2 } } };
        var set = NoHoldout(capped, Campaign(2));
        var history = new Dictionary<int, CampaignHistory> { [1] = new(SessionExposures: 2, DayExposures: 2, TotalExposures: 5) };

        Assert.That(Decide(set, Visitor()).Single().CampaignId, Is.EqualTo(1));
        Assert.That(Decide(set, Visitor() with { History = history }).Single().CampaignId, Is.EqualTo(2));
        history[1] = new CampaignHistory(0, 0, 1, Dismissed: true);
        Assert.That(Decide(set, Visitor() with { History = history }).Single().CampaignId, Is.EqualTo(2));
    }

    [Test]
    public void Included_and_excluded_segments_decide_who_qualifies()
    {
        var set = NoHoldout(Campaign(1) with { IncludeSegmentIds = [10, 11], ExcludeSegmentIds = [99] });

        Assert.That(Decide(set, Visitor("v", 3)), Is.Empty);
        Assert.That(Decide(set, Visitor("v", 3, 11)), Has.Length.EqualTo(1));
        Assert.That(Decide(set, Visitor("v", 11, 99)), Is.Empty);
    }

    [Test]
    public void Category_rule_with_subcategories_and_an_excluding_url_rule_pick_the_pages()
    {
        // category 10 (bath projects) has subcategory 12 (caulk and sealants)
        var catalog = new SegmentCatalog([KeyValuePair.Create(10, 0), KeyValuePair.Create(12, 10), KeyValuePair.Create(20, 0)], [], []);
        var campaign = Campaign(1) with
        {
            Delivery = new CampaignDelivery
            {
                Pages =
                [
                    new PageTarget { Kind = PageTargetKind.Category, Ids = [10] },
                    new PageTarget { Kind = PageTargetKind.Url, UrlPattern = "*preview=1*", Exclude = true }
                ]
            }
        };
        var set = CampaignSet.Compile([campaign with { HoldoutPercent = 0 }], new CampaignCompileContext { Catalog = catalog });

        Assert.That(Decide(set, Visitor(), CategoryPage), Has.Length.EqualTo(1));
        Assert.That(Decide(set, Visitor(), CategoryPage with { CategoryId = 20 }), Is.Empty);
        Assert.That(Decide(set, Visitor(), CategoryPage with { Url = "/bath/caulk?preview=1" }), Is.Empty);
        Assert.That(Decide(set, Visitor(), PageContext.None), Is.Empty);
    }

    [Test]
    public void Days_and_hours_are_read_in_the_store_time_zone()
    {
        // 2026-03-04 12:00 UTC is Wednesday 22:00 in a store ten hours ahead
        var store = TimeZoneInfo.CreateCustomTimeZone("Store+10", TimeSpan.FromHours(10), "Store+10", "Store+10");
        var campaign = Campaign(1, holdout: 0) with { Schedule = new CampaignSchedule { Days = [DayOfWeek.Wednesday], FromHour = 21, ToHour = 6 } };
        var set = CampaignSet.Compile([campaign], new CampaignCompileContext { StoreTimeZone = store });

        Assert.That(Decide(set, Visitor(), now: Now), Has.Length.EqualTo(1));
        Assert.That(Decide(set, Visitor(), now: Now.AddHours(-2)), Is.Empty, "20:00 is before the window");
        Assert.That(Decide(set, Visitor(), now: Now.AddHours(3)), Is.Empty, "01:00 is Thursday");
        Assert.That(Decide(CampaignSet.Compile([campaign]), Visitor(), now: Now), Is.Empty, "at 12:00 UTC the window is shut");
    }

    [Test]
    public void Schedule_start_end_and_store_limit_the_campaign()
    {
        var set = NoHoldout(Campaign(1) with { StoreId = 2, Schedule = new CampaignSchedule { StartsOnUtc = Now.AddDays(-1), EndsOnUtc = Now.AddDays(1) } });

        Assert.That(Decide(set, Visitor() with { StoreId = 2 }), Has.Length.EqualTo(1));
        Assert.That(Decide(set, Visitor() with { StoreId = 1 }), Is.Empty);
        Assert.That(Decide(set, Visitor() with { StoreId = 2 }, now: Now.AddDays(1)), Is.Empty, "the end is exclusive");
    }

    [Test]
    public void Recorded_arm_survives_a_change_of_weights()
    {
        var before = Campaign(1, holdout: 0) with { Variants = [Variant(11, "A", weight: 1), Variant(12, "B", weight: 1)] };
        var after = before with { Variants = [Variant(11, "A", weight: 1), Variant(12, "B", weight: 1000)] };
        var visitor = Enumerable.Range(0, 100).Select(i => Visitor("v" + i)).First(v => Decide(CampaignSet.Compile([before]), v).Single().VariantId == 11);
        var recorded = visitor with { History = new Dictionary<int, CampaignHistory> { [1] = new(0, 0, 1, AssignedVariantId: 11) } };

        Assert.That(Decide(CampaignSet.Compile([after]), recorded).Single().VariantId, Is.EqualTo(11));
    }

    [Test]
    public void Copy_falls_back_to_the_standard_copy_field_by_field_and_renders_tokens_safely()
    {
        var variant = Variant(11, "A") with
        {
            CouponCode = "WELCOME10",
            Copies =
            [
                new CampaignCopy { Title = "Hello {{customer.first_name|there}}", BodyHtml = "<p>Use {{coupon.code}}</p>", CallToActionText = "Shop", CallToActionUrl = "/apply?code={{coupon.code}}" },
                new CampaignCopy { LanguageId = 2, Title = "Bonjour {{customer.first_name|à vous}}" }
            ]
        };
        var set = NoHoldout(Campaign(1) with { Variants = [variant] });

        var french = Decide(set, Visitor() with { LanguageId = 2 }).Single().Copy.Render(new TokenValues { FirstName = "<b>Zoé</b>" });
        var other = Decide(set, Visitor() with { LanguageId = 3 }).Single().Copy.Render(TokenValues.None);

        Assert.That(french.Title, Is.EqualTo("Bonjour <b>Zoé</b>"), "titles are plain text, encoded by the view");
        Assert.That(french.BodyHtml, Is.EqualTo("<p>Use WELCOME10</p>"));
        Assert.That(french.CallToActionUrl, Is.EqualTo("/apply?code=WELCOME10"));
        Assert.That(other.Title, Is.EqualTo("Hello there"));
    }

    [Test]
    public void A_code_issued_to_the_visitor_replaces_the_variants_code_in_the_copy_and_the_link()
    {
        var variant = Variant(11, "A") with
        {
            CouponCode = "SHARED",
            Copies = [new CampaignCopy { Title = "Code {{coupon.code|none}}", CallToActionText = "Shop", CallToActionUrl = "/cart?discountcoupon={{coupon.code}}" }]
        };
        var copy = Decide(NoHoldout(Campaign(1) with { Variants = [variant] }), Visitor()).Single().Copy;

        var own = copy.Render(new TokenValues { CouponCode = "K7M2Q9XRTA" });
        var shared = copy.Render(TokenValues.None);

        Assert.That(own.Title, Is.EqualTo("Code K7M2Q9XRTA"));
        Assert.That(own.CallToActionUrl, Is.EqualTo("/cart?discountcoupon=K7M2Q9XRTA"));
        Assert.That(own.CouponCode, Is.EqualTo("K7M2Q9XRTA"));
        Assert.That(shared.Title, Is.EqualTo("Code SHARED"));
    }

    [Test]
    public void The_set_lists_the_widget_zones_of_its_inline_campaigns_once()
    {
        Campaign Inline(int id, string zone) => Campaign(id, kind: PresentationKind.Inline) with
        {
            Presentation = new CampaignPresentation { Kind = PresentationKind.Inline, WidgetZone = zone }
        };

        var set = NoHoldout(Inline(1, "home_page_top"), Inline(2, "HOME_PAGE_TOP"), Inline(3, "productdetails_bottom"), Campaign(4));

        Assert.That(set.InlineWidgetZones, Is.EquivalentTo(new[] { "home_page_top", "productdetails_bottom" }));
    }

    [Test]
    public void A_campaign_that_does_not_validate_is_skipped_with_its_reason_and_the_others_still_run()
    {
        var set = NoHoldout(Campaign(1, priority: 9) with { Variants = [] }, Campaign(2));

        Assert.That(Decide(set, Visitor()).Single().CampaignId, Is.EqualTo(2));
        Assert.That(set.Skipped.Single(), Is.EqualTo(KeyValuePair.Create(1, "Variants: add at least one variant to show.")));
    }

    [Test]
    public void Buckets_are_uniform_and_independent_between_campaigns()
    {
        var bins = new long[10];
        var same = 0;
        for (var i = 0; i < 50000; i++)
        {
            var a = VariantAssignment.Bucket("visitor-" + i, 1);
            bins[(int)(a * 10)]++;
            if (a < 0.5 == VariantAssignment.Bucket("visitor-" + i, 2) < 0.5)
                same++;
        }

        var (_, p) = Personalization.Engine.Campaigns.Statistics.SampleRatioCheck.Test(bins, Enumerable.Repeat(0.1, 10).ToArray());
        Assert.That(p, Is.GreaterThan(0.001), string.Join(", ", bins));
        Assert.That(same / 50000.0, Is.EqualTo(0.5).Within(0.01));
    }
}
