using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// One row per customer with aggregates kept up to date as events arrive, so segments never scan raw events for them.
/// </summary>
public class CustomerProfile : BaseEntity
{
    /// <summary>Gets or sets the nopCommerce customer the profile belongs to (unique).</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the visitor id last seen for this customer.</summary>
    public Guid VisitorId { get; set; }

    /// <summary>Gets or sets the store of the first visit.</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets when the customer was first seen (UTC).</summary>
    public DateTime FirstSeenOnUtc { get; set; }

    /// <summary>Gets or sets when the customer was last seen (UTC).</summary>
    public DateTime LastSeenOnUtc { get; set; }

    /// <summary>Gets or sets the number of sessions.</summary>
    public int VisitCount { get; set; }

    /// <summary>Gets or sets the number of page views.</summary>
    public int PageViewCount { get; set; }

    /// <summary>Gets or sets the number of product views.</summary>
    public int ProductViewCount { get; set; }

    /// <summary>Gets or sets the number of category views.</summary>
    public int CategoryViewCount { get; set; }

    /// <summary>Gets or sets the number of add-to-cart actions.</summary>
    public int CartAddCount { get; set; }

    /// <summary>Gets or sets the value of the current cart.</summary>
    public decimal CartValue { get; set; }

    /// <summary>Gets or sets the number of orders placed.</summary>
    public int OrderCount { get; set; }

    /// <summary>Gets or sets the lifetime value: the sum of paid order totals, net of refunds.</summary>
    public decimal LifetimeValue { get; set; }

    /// <summary>Gets or sets the average order value.</summary>
    public decimal AverageOrderValue { get; set; }

    /// <summary>Gets or sets when the last order was placed (UTC), if any.</summary>
    public DateTime? LastOrderOnUtc { get; set; }

    /// <summary>Gets or sets the referral source of the first visit (utm_source or a signed referral link).</summary>
    public string FirstTouchSource { get; set; }

    /// <summary>Gets or sets the referral source of the latest visit.</summary>
    public string LastTouchSource { get; set; }

    /// <summary>Gets or sets the device of the latest visit (desktop, mobile, tablet).</summary>
    public string Device { get; set; }

    /// <summary>Gets or sets the two-letter country code of the latest visit with a known country.</summary>
    public string Country { get; set; }

    /// <summary>Gets or sets the price tier (0 unknown, 1 budget, 2 mid, 3 premium) against category median prices.</summary>
    public int PriceTierId { get; set; }

    /// <summary>Gets or sets the share of orders placed with a discount (0 to 1).</summary>
    public decimal DiscountShare { get; set; }

    /// <summary>Gets or sets imported traits (CRM, newsletter lists) as a JSON object.</summary>
    public string TraitsJson { get; set; }

    /// <summary>Gets or sets the whole profile state (affinities, price tier, merged guests...) as JSON; the columns above copy the parts segments query.</summary>
    public string StateJson { get; set; }

    /// <summary>Gets or sets the rollup of the events retention deleted (JSON of the engine's ProfileRollup); null while none was deleted.</summary>
    public string RolledUpStateJson { get; set; }

    /// <summary>Gets or sets when the aggregates were last updated (UTC).</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
