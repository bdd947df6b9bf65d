using Personalization.Engine.Campaigns;
using Personalization.Engine.Segments;
using static Personalization.Engine.Tests.Campaigns.CampaignBuilder;

namespace Personalization.Engine.Tests.Campaigns;

public class CampaignValidatorTests
{
    static string[] Errors(Campaign campaign) => CampaignValidator.Validate(campaign).Errors.Select(issue => issue.Message).ToArray();

    static CampaignIssue[] Issues(Campaign campaign) => CampaignValidator.Validate(campaign).Issues.ToArray();

    [Test]
    public void A_plain_campaign_validates()
    {
        Assert.That(Errors(Campaign(1)), Is.Empty);
    }

    [Test]
    public void A_coupon_without_a_discount_or_with_a_validity_outside_a_year_is_refused_on_its_field()
    {
        var noDiscount = Campaign(1) with { Variants = [Variant(1, "A") with { Coupon = new CampaignCoupon { DiscountId = 0 } }] };
        var tooLong = Campaign(1) with { Variants = [Variant(1, "A") with { Coupon = new CampaignCoupon { DiscountId = 5, UniquePerVisitor = true, ValidDays = 366 } }] };
        var sharedIgnoresDays = Campaign(1) with { Variants = [Variant(1, "A") with { Coupon = new CampaignCoupon { DiscountId = 5, ValidDays = 0 } }] };

        Assert.That(Issues(noDiscount).Single().Field, Is.EqualTo("Variants[0].Coupon.DiscountId"));
        var days = Issues(tooLong).Single();
        Assert.That(days.Field, Is.EqualTo("Variants[0].Coupon.ValidDays"));
        Assert.That(days.Message, Is.EqualTo("Variant 'A', coupon: a visitor's own code is valid for 1 to 365 days; got 366."));
        Assert.That(Errors(sharedIgnoresDays), Is.Empty, "a shared code lasts as long as its discount");
    }

    [Test]
    public void End_before_start_is_refused_on_the_end_field()
    {
        var campaign = Campaign(1) with { Schedule = new CampaignSchedule { StartsOnUtc = Now, EndsOnUtc = Now.AddDays(-1) } };

        var issue = Issues(campaign).Single();
        Assert.That(issue.Field, Is.EqualTo("Schedule.EndsOnUtc"));
        Assert.That(issue.Message, Is.EqualTo("Schedule, end: 2026-03-03 12:00 UTC is not after the start 2026-03-04 12:00 UTC."));
    }

    [Test]
    public void Invalid_hours_and_an_empty_window_are_refused()
    {
        Assert.That(Errors(Campaign(1) with { Schedule = new CampaignSchedule { FromHour = 25 } }), Is.EqualTo(new[] { "Schedule, from hour: must be 0 to 23; got 25." }));
        Assert.That(Errors(Campaign(1) with { Schedule = new CampaignSchedule { FromHour = 9, ToHour = 9 } })[0], Does.StartWith("Schedule, hours: from 9 to 9 is an empty window"));
    }

    [TestCase(95)]
    [TestCase(-1)]
    public void Holdout_outside_0_to_90_percent_is_refused(decimal holdout)
    {
        Assert.That(Errors(Campaign(1) with { HoldoutPercent = holdout }), Is.EqualTo(new[] { $"Holdout: must be between 0 and 90 %; got {holdout} %." }));
    }

    [Test]
    public void No_variants_and_bad_weights_are_refused()
    {
        Assert.That(Errors(Campaign(1) with { Variants = [] }), Is.EqualTo(new[] { "Variants: add at least one variant to show." }));
        Assert.That(Errors(Campaign(1) with { Variants = [Variant(1, "A", weight: 0), Variant(2, "a")] }), Is.EqualTo(new[]
        {
            "Variant 'A', weight: must be 1 to 1000; got 0.",
            "Variant 'a': another variant has the same name."
        }));
    }

    [Test]
    public void Cap_values_must_be_positive_and_nested()
    {
        var campaign = Campaign(1) with { Delivery = new CampaignDelivery { Cap = new FrequencyCap { PerSession = 0 } } };
        Assert.That(Errors(campaign), Is.EqualTo(new[] { "Delivery, frequency cap per session: must be 1 to 10,000 exposures, or empty for no limit; got 0." }));

        campaign = Campaign(1) with { Delivery = new CampaignDelivery { Cap = new FrequencyCap { PerSession = 3, PerDay = 2 } } };
        Assert.That(Errors(campaign), Is.EqualTo(new[] { "Delivery, frequency cap: 3 per session is more than the 2 per day." }));
    }

    [TestCase("caulk*", false, "must start with '/' or '*'")]
    [TestCase("/bath room", false, "must not contain spaces")]
    [TestCase("^/caulk(", true, "is not a valid regular expression")]
    [TestCase(@"^/(a)\1$", true, "non-backtracking")]
    public void Invalid_url_patterns_are_refused_with_the_reason(string pattern, bool regex, string reason)
    {
        var campaign = Campaign(1) with { Delivery = new CampaignDelivery { Pages = [new PageTarget { Kind = PageTargetKind.Url, UrlPattern = pattern, UrlPatternIsRegex = regex }] } };

        var issue = Issues(campaign).Single();
        Assert.That(issue.Field, Is.EqualTo("Delivery.Pages[0].UrlPattern"));
        Assert.That(issue.Message, Does.StartWith($"Delivery, page rule 1, URL pattern '{pattern}': ").And.Contain(reason));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("JaVaScRiPt:alert(1)")]
    [TestCase(" javascript:alert(document.cookie)")]
    [TestCase("java\tscript:alert(1)")]
    [TestCase("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [TestCase("vbscript:msgbox(1)")]
    [TestCase("http:/missing-host")]
    public void Unsafe_call_to_action_urls_are_refused(string url)
    {
        var campaign = Campaign(1) with { Variants = [Variant(1, "A") with { Copies = [new CampaignCopy { Title = "Hi", CallToActionText = "Go", CallToActionUrl = url }] }] };

        var issue = Issues(campaign).Single();
        Assert.That(issue.Field, Is.EqualTo("Variants[0].Copies[0].CallToActionUrl"));
        Assert.That(issue.Message, Does.StartWith("Variant 'A', standard copy, call to action URL: ").And.EndWith("is not a safe link; use an http or https address, mailto:, tel: or a path on the store."));
    }

    [TestCase("/cart")]
    [TestCase("https://example.com/guide?x=1")]
    [TestCase("mailto:help@example.com")]
    [TestCase("sale.html")]
    [TestCase("/apply?code={{coupon.code}}")]
    [TestCase("{{coupon.code}}")]
    public void Safe_call_to_action_urls_are_accepted(string url)
    {
        var campaign = Campaign(1) with { Variants = [Variant(1, "A") with { CouponCode = "SAVE", Copies = [new CampaignCopy { Title = "Hi", CallToActionText = "Go", CallToActionUrl = url }] }] };

        Assert.That(Errors(campaign), Is.Empty);
    }

    [Test]
    public void Unknown_token_is_refused_with_its_position()
    {
        var campaign = Campaign(1) with { Variants = [Variant(1, "B", title: "Hello {{customer.last_name|you}}!")] };

        Assert.That(Errors(campaign), Is.EqualTo(new[]
        {
            "Variant 'B', standard copy, title: unknown token 'customer.last_name' at character 7; known tokens are customer.first_name, cart.value, cart.free_shipping_left, coupon.code, product.name, category.name."
        }));
    }

    [Test]
    public void Hostile_body_validates_with_a_warning_of_what_will_be_removed()
    {
        var campaign = Campaign(1) with { Variants = [Variant(1, "A") with { Copies = [new CampaignCopy { Title = "Hi", BodyHtml = "<p onclick=\"steal()\">Hi</p><script>steal()</script>" }] }] };

        var result = CampaignValidator.Validate(campaign);
        Assert.That(result.IsValid, Is.True);
        Assert.That(result.Warnings.Single().Message, Is.EqualTo("Variant 'A', standard copy, body: these are not allowed in campaign copy and will be removed: tag <script>; attribute onclick of <p>."));
        Assert.That(CampaignValidator.Sanitize(campaign).Variants[0].Copies[0].BodyHtml, Is.EqualTo("<p>Hi</p>"));
    }

    [Test]
    public void Goal_filters_are_checked_as_a_segment_behaviour_condition_would_be()
    {
        var goal = new CampaignGoal { Kind = GoalKind.Event, Event = "videoPlay", Filters = new Dictionary<string, string> { [ConditionTypes.Product] = "12" } };

        Assert.That(Errors(Campaign(1) with { Goal = goal }), Is.EqualTo(new[]
        {
            "Goal, filter 'product': applies only to product events (productView, cartAdd, wishlistAdd...); 'videoPlay' is not about a product."
        }));
        Assert.That(Errors(Campaign(1) with { Goal = goal with { Event = "teleport" } })[0], Does.StartWith("Goal, event: 'teleport' is not a tracked event; use one of pageView, productView"));
        Assert.That(Errors(Campaign(1) with { Goal = goal with { Filters = new Dictionary<string, string> { ["count"] = "3" } } })[0], Does.StartWith("Goal, filter 'count': is not an event filter"));
    }

    [Test]
    public void Inline_campaign_needs_a_widget_zone_and_a_segment_cannot_be_targeted_and_excluded()
    {
        var campaign = Campaign(1) with
        {
            Presentation = new CampaignPresentation { Kind = PresentationKind.Inline },
            IncludeSegmentIds = [4, 5],
            ExcludeSegmentIds = [5]
        };

        Assert.That(Errors(campaign), Is.EqualTo(new[]
        {
            "Segments: segment 5 is both targeted and excluded, so its members would never see the campaign.",
            "Presentation, widget zone: an inline campaign needs the widget zone it appears in."
        }));
    }

    [Test]
    public void A_translation_needs_nothing_of_its_own_but_the_standard_copy_is_required()
    {
        var variant = Variant(1, "A") with { Copies = [new CampaignCopy { LanguageId = 2, Title = "Bonjour" }] };

        Assert.That(Errors(Campaign(1) with { Variants = [variant] }), Is.EqualTo(new[]
        {
            "Variant 'A': needs its standard copy (language 0), which every language without its own translation falls back to."
        }));
    }
}
