namespace Personalization.Engine.Profiles;

/// <summary>
/// Merges a guest's profile into the registered customer's profile when the guest signs in or registers.
/// </summary>
/// <remarks>
/// Exactly once: the result remembers the guest's customer id (and the ids the guest had merged), and merging a guest
/// that is already remembered returns the registered profile unchanged. The plugin should still make the merge
/// idempotent in storage: in one transaction save the merged profile, move or re-key the guest's events to the
/// registered customer (so a later rebuild sees them), and mark or delete the guest profile; a retry after a crash
/// then either finds no guest profile or a merge the engine ignores.
/// </remarks>
public static class ProfileMerger
{
    /// <summary>Returns the registered profile with the guest's behaviour added (pure; neither input changes).</summary>
    public static CustomerProfileState Merge(CustomerProfileState registered, CustomerProfileState guest)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(guest);
        if (guest.CustomerId == registered.CustomerId || registered.MergedCustomerIds.Contains(guest.CustomerId))
            return registered;

        var guestIsLater = guest.LastSeenUtc > registered.LastSeenUtc || registered.LastSeenUtc == null;
        var guestIsEarlier = guest.FirstSeenUtc < registered.FirstSeenUtc || registered.FirstSeenUtc == null;
        var (earlier, later) = guestIsEarlier ? (guest, registered) : (registered, guest);
        var latest = guestIsLater ? guest : registered;
        var other = guestIsLater ? registered : guest;

        var traits = new SortedDictionary<string, TraitValue>(StringComparer.Ordinal);
        foreach (var pair in guest.Traits)
            traits[pair.Key] = pair.Value;
        //the registered customer's own data wins over what was imported for the guest
        foreach (var pair in registered.Traits)
            traits[pair.Key] = pair.Value;

        var merged = registered.MergedCustomerIds.Concat(guest.MergedCustomerIds).Append(guest.CustomerId).Distinct().ToList();
        if (merged.Count > CustomerProfileState.MaxMergedCustomers)
            merged = merged.Skip(merged.Count - CustomerProfileState.MaxMergedCustomers).ToList();

        return registered with
        {
            FirstSeenUtc = Min(registered.FirstSeenUtc, guest.FirstSeenUtc),
            LastSeenUtc = Max(registered.LastSeenUtc, guest.LastSeenUtc),
            LastSessionId = latest.LastSessionId,
            LastVisitorId = latest.LastVisitorId != Guid.Empty ? latest.LastVisitorId : other.LastVisitorId,
            FirstStoreId = earlier.FirstStoreId > 0 ? earlier.FirstStoreId : later.FirstStoreId,
            Visits = registered.Visits + guest.Visits,
            PageViews = registered.PageViews + guest.PageViews,
            ProductViews = registered.ProductViews + guest.ProductViews,
            CategoryViews = registered.CategoryViews + guest.CategoryViews,
            CartAdds = registered.CartAdds + guest.CartAdds,
            //nopCommerce moves the guest's cart items into the customer's cart on sign-in
            CartValue = registered.CartValue + guest.CartValue,
            Orders = registered.Orders + guest.Orders,
            DiscountedOrders = registered.DiscountedOrders + guest.DiscountedOrders,
            TotalSpent = registered.TotalSpent + guest.TotalSpent,
            LastOrderUtc = Max(registered.LastOrderUtc, guest.LastOrderUtc),
            TopCategories = AffinityCounter.Merge(registered.TopCategories, guest.TopCategories, CustomerProfileState.MaxAffinities),
            TopManufacturers = AffinityCounter.Merge(registered.TopManufacturers, guest.TopManufacturers, CustomerProfileState.MaxAffinities),
            PriceRatioSum = registered.PriceRatioSum + guest.PriceRatioSum,
            PriceRatioCount = registered.PriceRatioCount + guest.PriceRatioCount,
            Device = latest.Device ?? other.Device,
            Country = latest.Country ?? other.Country,
            FirstTouchSource = earlier.FirstTouchSource ?? later.FirstTouchSource,
            FirstTouchCampaign = earlier.FirstTouchSource != null ? earlier.FirstTouchCampaign : later.FirstTouchCampaign,
            LastTouchSource = latest.LastTouchSource ?? other.LastTouchSource,
            LastTouchCampaign = latest.LastTouchSource != null ? latest.LastTouchCampaign : other.LastTouchCampaign,
            Traits = new Dictionary<string, TraitValue>(traits, StringComparer.Ordinal),
            LifetimeValueOverride = registered.LifetimeValueOverride ?? guest.LifetimeValueOverride,
            MergedCustomerIds = merged
        };
    }

    static DateTime? Min(DateTime? a, DateTime? b) => a == null ? b : b == null ? a : a <= b ? a : b;

    static DateTime? Max(DateTime? a, DateTime? b) => a == null ? b : b == null ? a : a >= b ? a : b;
}
