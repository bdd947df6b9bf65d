using Personalization.Engine.Campaigns;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;
using static Personalization.Engine.Tests.Campaigns.CampaignBuilder;

namespace Personalization.Engine.Tests.Campaigns;

public class CampaignGoalAndTemplateTests
{
    static VisitorEvent Event(TrackedEventType type, int entity, decimal value, DateTime at) => new(type, 1, Guid.Empty, 1, Guid.Empty, entity, value, null, at);

    [Test]
    public void Order_goal_with_a_minimum_counts_orders_from_that_value_within_the_attribution_window()
    {
        var campaign = Campaign(1) with { Goal = new CampaignGoal { Kind = GoalKind.OrderPlaced, MinimumOrderValue = 50m }, AttributionDays = 7 };
        var goal = CampaignGoalMatcher.Compile(campaign);

        Assert.That(goal.IsConversion(Event(TrackedEventType.OrderPlaced, 9, 50m, Now.AddDays(1)), Now), Is.True);
        Assert.That(goal.IsConversion(Event(TrackedEventType.OrderPlaced, 9, 49.99m, Now.AddDays(1)), Now), Is.False);
        Assert.That(goal.IsConversion(Event(TrackedEventType.OrderPlaced, 9, 80m, Now.AddDays(7)), Now), Is.False, "after the window");
        Assert.That(goal.IsConversion(Event(TrackedEventType.OrderPlaced, 9, 80m, Now.AddMinutes(-1)), Now), Is.False, "before the exposure");
        Assert.That(goal.IsConversion(Event(TrackedEventType.CartAdd, 9, 80m, Now.AddDays(1)), Now), Is.False);
    }

    [Test]
    public void Event_goal_on_a_category_with_subcategories_counts_products_of_the_subcategories()
    {
        var catalog = new SegmentCatalog([KeyValuePair.Create(10, 0), KeyValuePair.Create(12, 10)], [KeyValuePair.Create(500, new[] { 12 }), KeyValuePair.Create(600, new[] { 30 })], []);
        var goal = CampaignGoalMatcher.Compile(CampaignTemplates.CaulkingGuide(10, "/guides/caulk").ForSegment(3) with { Id = 1 }, catalog);

        Assert.That(goal.Matches(Event(TrackedEventType.CartAdd, 500, 8m, Now)), Is.True);
        Assert.That(goal.Matches(Event(TrackedEventType.CartAdd, 600, 8m, Now)), Is.False);
    }

    [Test]
    public void Seed_campaign_templates_validate_and_name_the_segment_templates_they_target()
    {
        var segments = new[]
        {
            SegmentTemplates.ValuableSubscriberAboutToLeave("newsletter").Key,
            SegmentTemplates.ResearcherNotBuying("caulk", 10, 12).Key,
            SegmentTemplates.FirstVisitNotSubscribing("box").Key
        };
        var templates = new[] { CampaignTemplates.FreeShippingUpsell(), CampaignTemplates.CaulkingGuide(12, "/guides/caulking"), CampaignTemplates.FirstBoxCoupon("FIRSTBOX") };

        Assert.That(templates.Select(t => t.SegmentTemplateKey), Is.EqualTo(segments));
        foreach (var template in templates)
            Assert.That(CampaignValidator.Validate(template.ForSegment(5)).Issues, Is.Empty, template.Key);
    }

    [Test]
    public void Seed_campaigns_appear_as_the_stores_asked()
    {
        var catalog = new SegmentCatalog([KeyValuePair.Create(12, 0), KeyValuePair.Create(13, 12)], [], []);
        var set = CampaignSet.Compile(
        [
            CampaignTemplates.FreeShippingUpsell().ForSegment(1) with { Id = 1, HoldoutPercent = 0 },
            CampaignTemplates.CaulkingGuide(12, "/guides/caulking").ForSegment(2) with { Id = 2, HoldoutPercent = 0 },
            CampaignTemplates.FirstBoxCoupon("FIRSTBOX").ForSegment(3) with { Id = 3, HoldoutPercent = 0 }
        ], new CampaignCompileContext { Catalog = catalog });

        var northFace = set.Decide(Visitor("v", 1), PageContext.None, Now).Single();
        var homeDepot = set.Decide(Visitor("v", 2), new PageContext { PageType = "category", CategoryId = 13 }, Now).Single();
        var birchbox = set.Decide(Visitor("v", 3), new PageContext { PageType = "home" }, Now).Single();

        Assert.That((northFace.Presentation.Kind, northFace.Campaign.Delivery.DelaySeconds), Is.EqualTo((PresentationKind.BottomBar, 5)));
        Assert.That((homeDepot.Presentation.Kind, homeDepot.Campaign.Delivery.DelaySeconds), Is.EqualTo((PresentationKind.Modal, 10)));
        Assert.That(homeDepot.Copy.Render(null).CallToActionUrl, Is.EqualTo("/guides/caulking"));
        Assert.That(set.Decide(Visitor("v", 2), new PageContext { PageType = "category", CategoryId = 40 }, Now), Is.Empty, "only in the caulk category");
        Assert.That((birchbox.Presentation.Kind, birchbox.Campaign.Delivery.OnExitIntent), Is.EqualTo((PresentationKind.Modal, true)));
        Assert.That(birchbox.Copy.Render(null).BodyHtml, Is.EqualTo("<p>Use code <strong>FIRSTBOX</strong> on your first box.</p>"));
    }

    [Test]
    public void Campaign_survives_a_json_round_trip()
    {
        var campaign = CampaignTemplates.CaulkingGuide(12, "/guides/caulking").ForSegment(2) with { Id = 4, Schedule = new CampaignSchedule { Days = [DayOfWeek.Monday], FromHour = 8 } };

        var json = CampaignJson.Write(campaign);
        Assert.That(CampaignJson.TryRead<Campaign>(json, out var read, out var error), Is.True, error);
        Assert.That(CampaignJson.Write(read), Is.EqualTo(json));
        Assert.That(json, Does.Contain("\"kind\":\"category\""));
        Assert.That(CampaignJson.TryRead<Campaign>("{\"holdoutPercent\": \"ten\"}", out _, out error), Is.False);
        Assert.That(error, Does.StartWith("The text is not valid JSON for a Campaign (line 1"));
    }

    [TestCase("/caulk*", "/CAULK-and-sealants?page=2", true)]
    [TestCase("/caulk*", "/bath/caulk", false)]
    [TestCase("*utm_source=newsletter*", "/p/1?utm_source=newsletter&x=1", true)]
    [TestCase("/a*b*c", "/axxbyyc", true)]
    [TestCase("/a*b*c", "/axxbyy", false)]
    [TestCase("/exact", "/exact", true)]
    public void Wildcard_url_patterns_match_path_and_query_ignoring_case(string pattern, string url, bool matches)
    {
        Assert.That(UrlPattern.TryCreate(pattern, false, out var compiled, out _), Is.True);
        Assert.That(compiled.IsMatch(url), Is.EqualTo(matches));
    }
}
