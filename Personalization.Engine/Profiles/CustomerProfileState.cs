using System.Text.Json.Serialization;
using Personalization.Engine.Customers;

namespace Personalization.Engine.Profiles;

/// <summary>
/// A customer's behavioural profile: an immutable snapshot that <see cref="ProfileAggregator"/> turns into the next one.
/// </summary>
/// <remarks>
/// Immutable so that a cached profile can be read by many requests while an update builds its successor, and so that
/// "apply then compare" in tests cannot be fooled by aliasing. Every stored property survives a System.Text.Json
/// round trip (computed ones are marked <see cref="JsonIgnoreAttribute"/>), which is how the plugin may keep the parts
/// that have no column of their own, and how tests prove that incremental updates lose no hidden state.
/// </remarks>
public sealed record CustomerProfileState
{
    /// <summary>Most categories and, separately, manufacturers tracked per customer.</summary>
    public const int MaxAffinities = 10;

    /// <summary>Most merged guest customer ids remembered for exactly-once merging.</summary>
    public const int MaxMergedCustomers = 100;

    /// <summary>Gets the customer.</summary>
    public int CustomerId { get; init; }

    /// <summary>Gets when the customer was first seen (UTC); null before any event.</summary>
    public DateTime? FirstSeenUtc { get; init; }

    /// <summary>Gets when the customer was last seen (UTC).</summary>
    public DateTime? LastSeenUtc { get; init; }

    /// <summary>Gets the session of the latest event, used to count a new visit when the session changes.</summary>
    public Guid LastSessionId { get; init; }

    /// <summary>Gets the anonymous visitor (browser) of the latest event that had one.</summary>
    public Guid LastVisitorId { get; init; }

    /// <summary>Gets the store of the earliest event; 0 before any event.</summary>
    public int FirstStoreId { get; init; }

    /// <summary>Gets the number of visits (sessions).</summary>
    public int Visits { get; init; }

    /// <summary>Gets the number of page views.</summary>
    public int PageViews { get; init; }

    /// <summary>Gets the number of product views.</summary>
    public int ProductViews { get; init; }

    /// <summary>Gets the number of category views.</summary>
    public int CategoryViews { get; init; }

    /// <summary>Gets the number of add-to-cart actions.</summary>
    public int CartAdds { get; init; }

    /// <summary>Gets the value of the current cart (0 after an order or a cleared cart).</summary>
    public decimal CartValue { get; init; }

    /// <summary>Gets the number of orders (placed minus cancelled).</summary>
    public int Orders { get; init; }

    /// <summary>Gets how many of those orders used a discount.</summary>
    public int DiscountedOrders { get; init; }

    /// <summary>Gets the total spent, net of cancellations and refunds.</summary>
    public decimal TotalSpent { get; init; }

    /// <summary>Gets when the last order was placed (UTC).</summary>
    public DateTime? LastOrderUtc { get; init; }

    /// <summary>Gets the most interacted categories, most first (approximate past <see cref="MaxAffinities"/> distinct ones).</summary>
    public IReadOnlyList<AffinityCount> TopCategories { get; init; } = [];

    /// <summary>Gets the most interacted manufacturers, most first.</summary>
    public IReadOnlyList<AffinityCount> TopManufacturers { get; init; } = [];

    /// <summary>Gets the sum of price/category-median ratios of viewed and bought products.</summary>
    public decimal PriceRatioSum { get; init; }

    /// <summary>Gets how many ratios <see cref="PriceRatioSum"/> holds.</summary>
    public int PriceRatioCount { get; init; }

    /// <summary>Gets the device of the latest session.</summary>
    public string Device { get; init; }

    /// <summary>Gets the country of the latest session.</summary>
    public string Country { get; init; }

    /// <summary>Gets the referral source of the first referred visit.</summary>
    public string FirstTouchSource { get; init; }

    /// <summary>Gets the campaign of the first referred visit.</summary>
    public string FirstTouchCampaign { get; init; }

    /// <summary>Gets the referral source of the latest referred (non-direct) visit.</summary>
    public string LastTouchSource { get; init; }

    /// <summary>Gets the campaign of the latest referred visit.</summary>
    public string LastTouchCampaign { get; init; }

    /// <summary>Gets imported traits by name (ordinal order).</summary>
    public IReadOnlyDictionary<string, TraitValue> Traits { get; init; } = new Dictionary<string, TraitValue>();

    /// <summary>Gets an imported lifetime value that replaces the computed one; null when none.</summary>
    public decimal? LifetimeValueOverride { get; init; }

    /// <summary>Gets the guest customers already merged into this profile, newest last.</summary>
    public IReadOnlyList<int> MergedCustomerIds { get; init; } = [];

    /// <summary>Gets the predicted probability of no order in the churn model's horizon; null before any scoring.</summary>
    public float? ChurnProbability { get; init; }

    /// <summary>Gets the predicted spend of the next 90 days; null before any scoring.</summary>
    public decimal? ExpectedValue90 { get; init; }

    /// <summary>Gets the version of the model that wrote the scores (or the heuristic's name when it did).</summary>
    public string ScoresModelVersion { get; init; }

    /// <summary>Gets the name of the discovered cluster the customer belongs to; null when none.</summary>
    public string Cluster { get; init; }

    /// <summary>Gets the average order value.</summary>
    [JsonIgnore]
    public decimal AverageOrderValue => Orders > 0 ? decimal.Round(TotalSpent / Orders, 2) : 0m;

    /// <summary>Gets the lifetime value: the imported override, else the total spent.</summary>
    [JsonIgnore]
    public decimal LifetimeValue => LifetimeValueOverride ?? TotalSpent;

    /// <summary>Gets the share of orders that used a discount (0..1).</summary>
    [JsonIgnore]
    public decimal DiscountShare => Orders > 0 ? Math.Clamp((decimal)DiscountedOrders / Orders, 0m, 1m) : 0m;

    /// <summary>Gets the price tier: below 0.8 of category medians on average is budget, above 1.25 premium.</summary>
    [JsonIgnore]
    public PriceTier PriceTier => CustomerTraits.PriceTier((double)PriceRatioSum, PriceRatioCount);

    /// <summary>Gets how much the customer buys on discount (none, occasional, frequent: half the orders or more).</summary>
    [JsonIgnore]
    public DiscountSensitivity DiscountSensitivity => CustomerTraits.Discount(DiscountedOrders, Orders);

    /// <summary>Gets whole days from the last order to <paramref name="asOfUtc"/>; null when the customer never ordered.</summary>
    public int? DaysSinceLastOrder(DateTime asOfUtc) =>
        LastOrderUtc is { } last ? Math.Max(0, (int)(asOfUtc - last).TotalDays) : null;

    /// <summary>Creates the empty profile of a customer.</summary>
    public static CustomerProfileState Empty(int customerId) => new() { CustomerId = customerId };
}
