using System.Globalization;
using Personalization.Engine.Campaigns.Content;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// The seed stores' campaigns as templates, each for one of the <see cref="SegmentTemplates"/>; store-specific values are arguments.
/// </summary>
public static class CampaignTemplates
{
    /// <summary>The key of <see cref="SegmentTemplates.ValuableSubscriberAboutToLeave"/>.</summary>
    public const string ValuableSubscriberSegment = "valuable-subscriber-about-to-leave";

    /// <summary>The key of <see cref="SegmentTemplates.ResearcherNotBuying"/>.</summary>
    public const string ResearcherSegment = "researcher-not-buying";

    /// <summary>The key of <see cref="SegmentTemplates.FirstVisitNotSubscribing"/>.</summary>
    public const string FirstVisitSegment = "first-visit-not-subscribing";

    /// <summary>
    /// Free-shipping upsell for valuable newsletter subscribers about to leave (The North Face): a bottom bar after 5
    /// seconds telling how much more ships free; goal: an order.
    /// </summary>
    public static CampaignTemplate FreeShippingUpsell(decimal freeShippingFrom = 100m) => new(
        "free-shipping-upsell",
        "Free shipping upsell",
        ValuableSubscriberSegment,
        new Campaign
        {
            Name = "Free shipping upsell",
            Goal = new CampaignGoal { Kind = GoalKind.OrderPlaced },
            AttributionDays = 7,
            HoldoutPercent = 10m,
            Variants = [Variant($"{{{{{CampaignTokens.FirstName}|Hi there}}}}, only {{{{{CampaignTokens.FreeShippingLeft}|a little}}}} more for free shipping",
                $"<p>Orders over {freeShippingFrom.ToString("0.##", CultureInfo.InvariantCulture)} ship free. Your cart is at {{{{{CampaignTokens.CartValue}|a good start}}}}.</p>",
                "Keep shopping", "/")],
            Delivery = new CampaignDelivery { DelaySeconds = 5, Cap = new FrequencyCap { PerSession = 1, PerDay = 2 } },
            Presentation = new CampaignPresentation { Kind = PresentationKind.BottomBar }
        });

    /// <summary>
    /// How-to guide for caulking-video watchers in a projects category now browsing the caulk category (The Home Depot):
    /// a modal after 10 seconds in that category and its subcategories; goal: a product of it added to the cart.
    /// </summary>
    public static CampaignTemplate CaulkingGuide(int caulkCategoryId, string guideUrl) => new(
        "caulking-guide",
        "Caulking how-to guide",
        ResearcherSegment,
        new Campaign
        {
            Name = "Caulking how-to guide",
            Goal = new CampaignGoal
            {
                Kind = GoalKind.Event,
                Event = "cartAdd",
                Filters = new Dictionary<string, string>
                {
                    [ConditionTypes.Category] = caulkCategoryId.ToString(CultureInfo.InvariantCulture),
                    [ConditionTypes.IncludeSubcategories] = "true"
                }
            },
            AttributionDays = 7,
            HoldoutPercent = 10m,
            Variants = [Variant("Caulk like a pro",
                "<p>Our step-by-step guide shows which caulk fits your tub or shower, the tools you need and how to get a clean bead the first time.</p>",
                "Read the how-to guide", guideUrl)],
            Delivery = new CampaignDelivery
            {
                DelaySeconds = 10,
                Pages = [new PageTarget { Kind = PageTargetKind.Category, Ids = [caulkCategoryId], IncludeSubcategories = true }],
                Cap = new FrequencyCap { PerSession = 1, PerVisitor = 3 }
            },
            Presentation = new CampaignPresentation { Kind = PresentationKind.Modal }
        });

    /// <summary>
    /// First-box coupon for first-time visitors with nothing in the cart, not subscribed and predicted to leave without
    /// subscribing (Birchbox): an exit-intent modal with a coupon; goal: an order.
    /// </summary>
    public static CampaignTemplate FirstBoxCoupon(string couponCode, string subscribeUrl = "/") => new(
        "first-box-coupon",
        "First box coupon on exit",
        FirstVisitSegment,
        new Campaign
        {
            Name = "First box coupon on exit",
            Goal = new CampaignGoal { Kind = GoalKind.OrderPlaced },
            AttributionDays = 14,
            HoldoutPercent = 10m,
            Variants = [Variant("Before you go: your first box is on us",
                $"<p>Use code <strong>{{{{{CampaignTokens.CouponCode}|at checkout}}}}</strong> on your first box.</p>",
                "Claim my first box", subscribeUrl, couponCode)],
            Delivery = new CampaignDelivery { OnExitIntent = true, Cap = new FrequencyCap { PerSession = 1, PerVisitor = 2 } },
            Presentation = new CampaignPresentation { Kind = PresentationKind.Modal }
        });

    //the templates start with one variant; the merchant adds the others to test against it
    static CampaignVariant Variant(string title, string bodyHtml, string callToActionText, string callToActionUrl, string couponCode = null) => new()
    {
        Name = "A",
        CouponCode = couponCode,
        Copies = [new CampaignCopy { Title = title, BodyHtml = bodyHtml, CallToActionText = callToActionText, CallToActionUrl = callToActionUrl }]
    };
}
