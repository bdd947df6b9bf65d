using Personalization.Engine.Tracking;

namespace Personalization.Engine.Profiles;

/// <summary>
/// Folds events into a <see cref="CustomerProfileState"/> one at a time; a rebuild is the same fold from empty,
/// so incremental updates in any batch split give exactly the rebuilt profile.
/// </summary>
/// <remarks>
/// Event meanings: EntityId is the product of ProductView/CartAdd, the category of CategoryView, the manufacturer of
/// ManufacturerView and the order of Order* events. Value is the line value of CartAdd/CartRemove, the signed change of
/// CartUpdate, the order total of OrderPlaced/OrderCancelled when <see cref="IProfileFacts.FindOrder"/> knows nothing,
/// and the refunded amount of OrderRefunded. A visit is counted whenever the session differs from the previous event's.
/// </remarks>
public static class ProfileAggregator
{
    /// <summary>Applies one event of the profile's customer.</summary>
    public static CustomerProfileState Apply(CustomerProfileState state, VisitorEvent e, IProfileFacts facts)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(facts);
        //the materialization writes segment events; the visitor did nothing then, so they must not move "last seen"
        if (e.Type is TrackedEventType.SegmentEntered or TrackedEventType.SegmentLeft)
            return state;

        var isFirst = state.FirstSeenUtc is not { } firstSeen || e.OccurredOnUtc < firstSeen;
        var isLatest = state.LastSeenUtc is not { } lastSeen || e.OccurredOnUtc >= lastSeen;
        var next = state with
        {
            FirstSeenUtc = isFirst ? e.OccurredOnUtc : state.FirstSeenUtc,
            LastSeenUtc = isLatest ? e.OccurredOnUtc : state.LastSeenUtc,
            FirstStoreId = (isFirst || state.FirstStoreId == 0) && e.StoreId > 0 ? e.StoreId : state.FirstStoreId,
            LastVisitorId = isLatest && e.VisitorId != Guid.Empty ? e.VisitorId : state.LastVisitorId
        };

        if (e.SessionId != Guid.Empty && e.SessionId != state.LastSessionId)
            next = StartVisit(next, e.SessionId, facts.FindSession(e.SessionId));

        switch (e.Type)
        {
            case TrackedEventType.PageView:
                return next with { PageViews = next.PageViews + 1 };
            case TrackedEventType.ProductView:
                return AddProduct(next with { ProductViews = next.ProductViews + 1 }, facts.FindProduct(e.EntityId), 1, true);
            case TrackedEventType.CategoryView:
                return next with
                {
                    CategoryViews = next.CategoryViews + 1,
                    TopCategories = AffinityCounter.Add(next.TopCategories, e.EntityId, 1, CustomerProfileState.MaxAffinities)
                };
            case TrackedEventType.ManufacturerView:
                return next with { TopManufacturers = AffinityCounter.Add(next.TopManufacturers, e.EntityId, 1, CustomerProfileState.MaxAffinities) };
            case TrackedEventType.CartAdd:
                return AddProduct(next with { CartAdds = next.CartAdds + 1, CartValue = next.CartValue + Math.Max(0m, e.Value) }, facts.FindProduct(e.EntityId), 1, false);
            case TrackedEventType.CartUpdate:
                return next with { CartValue = Math.Max(0m, next.CartValue + e.Value) };
            case TrackedEventType.CartRemove:
                return next with { CartValue = Math.Max(0m, next.CartValue - Math.Abs(e.Value)) };
            case TrackedEventType.CartClear:
                return next with { CartValue = 0m };
            case TrackedEventType.OrderPlaced:
                return PlaceOrder(next, e, facts);
            case TrackedEventType.OrderCancelled:
                return CancelOrder(next, e, facts.FindOrder(e.EntityId));
            case TrackedEventType.OrderRefunded:
                return next with { TotalSpent = next.TotalSpent - Math.Abs(e.Value) };
            default:
                return next;
        }
    }

    /// <summary>Applies events in the order given (the order they were stored).</summary>
    public static CustomerProfileState ApplyAll(CustomerProfileState state, IEnumerable<VisitorEvent> events, IProfileFacts facts)
    {
        foreach (var e in events)
            state = Apply(state, e, facts);
        return state;
    }

    /// <summary>
    /// Recomputes a profile from its raw events (on top of <paramref name="rolledUp"/>, the events retention deleted),
    /// keeping what events cannot give from <paramref name="existing"/>: imported traits, the lifetime value override and
    /// the merged guest ids.
    /// </summary>
    public static CustomerProfileState Rebuild(int customerId, IEnumerable<VisitorEvent> events, IProfileFacts facts, CustomerProfileState existing = null,
        ProfileRollup rolledUp = null)
    {
        //events that retention deleted live on in the rollup: start from it, then replay what is left
        var seed = rolledUp == null ? CustomerProfileState.Empty(customerId) : rolledUp.State with { CustomerId = customerId };
        if (existing != null)
            seed = seed with { Traits = existing.Traits, LifetimeValueOverride = existing.LifetimeValueOverride, MergedCustomerIds = existing.MergedCustomerIds };
        return ApplyAll(seed, events, facts);
    }

    /// <summary>Sets imported traits (overwriting same-named ones) and, when given, the lifetime value override.</summary>
    public static CustomerProfileState WithImportedTraits(CustomerProfileState state, IReadOnlyDictionary<string, TraitValue> traits, decimal? lifetimeValue)
    {
        var merged = new SortedDictionary<string, TraitValue>(StringComparer.Ordinal);
        foreach (var pair in state.Traits)
            merged[pair.Key] = pair.Value;
        foreach (var pair in traits ?? new Dictionary<string, TraitValue>())
            merged[pair.Key] = pair.Value;
        return state with
        {
            Traits = new Dictionary<string, TraitValue>(merged, StringComparer.Ordinal),
            LifetimeValueOverride = lifetimeValue ?? state.LifetimeValueOverride
        };
    }

    static CustomerProfileState StartVisit(CustomerProfileState state, Guid sessionId, SessionFacts session)
    {
        state = state with { Visits = state.Visits + 1, LastSessionId = sessionId };
        if (session == null)
            return state;

        state = state with { Device = session.Device ?? state.Device, Country = session.Country ?? state.Country };
        if (string.IsNullOrEmpty(session.Source))
            return state;
        return state with
        {
            FirstTouchSource = state.FirstTouchSource ?? session.Source,
            FirstTouchCampaign = state.FirstTouchSource == null ? session.Campaign : state.FirstTouchCampaign,
            LastTouchSource = session.Source,
            LastTouchCampaign = session.Campaign
        };
    }

    static CustomerProfileState AddProduct(CustomerProfileState state, ProductFacts product, int weight, bool countPrice)
    {
        if (product == null)
            return state;

        var categories = state.TopCategories;
        foreach (var categoryId in product.CategoryIds)
            categories = AffinityCounter.Add(categories, categoryId, weight, CustomerProfileState.MaxAffinities);
        var manufacturers = product.ManufacturerId > 0
            ? AffinityCounter.Add(state.TopManufacturers, product.ManufacturerId, weight, CustomerProfileState.MaxAffinities)
            : state.TopManufacturers;

        state = state with { TopCategories = categories, TopManufacturers = manufacturers };
        if (!countPrice || product.CategoryMedianPrice <= 0m || product.Price <= 0m)
            return state;
        //rounded so that sums stay exact and short in decimal whatever the order of additions
        var ratio = decimal.Round(product.Price / product.CategoryMedianPrice, 4);
        return state with { PriceRatioSum = state.PriceRatioSum + ratio, PriceRatioCount = state.PriceRatioCount + 1 };
    }

    static CustomerProfileState PlaceOrder(CustomerProfileState state, VisitorEvent e, IProfileFacts facts)
    {
        var order = facts.FindOrder(e.EntityId);
        state = state with
        {
            Orders = state.Orders + 1,
            DiscountedOrders = state.DiscountedOrders + (order?.DiscountAmount > 0m ? 1 : 0),
            TotalSpent = state.TotalSpent + (order?.Total ?? e.Value),
            LastOrderUtc = state.LastOrderUtc is { } last && last >= e.OccurredOnUtc ? last : e.OccurredOnUtc,
            CartValue = 0m
        };

        if (order == null)
            return state;
        foreach (var line in order.Lines)
        {
            var product = facts.FindProduct(line.ProductId);
            //the price tier of a purchase uses what was actually paid, not the product's price today
            state = AddProduct(state, product, 1, false);
            if (product is { CategoryMedianPrice: > 0m } && line.UnitPrice > 0m)
            {
                var ratio = decimal.Round(line.UnitPrice / product.CategoryMedianPrice, 4);
                state = state with { PriceRatioSum = state.PriceRatioSum + ratio, PriceRatioCount = state.PriceRatioCount + 1 };
            }
        }

        return state;
    }

    static CustomerProfileState CancelOrder(CustomerProfileState state, VisitorEvent e, OrderFacts order) =>
        state with
        {
            Orders = Math.Max(0, state.Orders - 1),
            DiscountedOrders = Math.Max(0, state.DiscountedOrders - (order?.DiscountAmount > 0m ? 1 : 0)),
            TotalSpent = state.TotalSpent - (order?.Total ?? e.Value)
        };
}
