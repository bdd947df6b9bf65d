using Personalization.Engine.Profiles;

namespace Nop.Plugin.Misc.Personalization.Services.Profiles;

/// <summary>
/// Catalog and order facts for one batch of events, loaded from the store up front (the aggregator asks synchronously).
/// </summary>
public sealed class StoreProfileFacts : IProfileFacts
{
    readonly IReadOnlyDictionary<int, ProductFacts> _products;
    readonly IReadOnlyDictionary<int, OrderFacts> _orders;
    readonly IReadOnlyDictionary<Guid, SessionFacts> _sessions;

    public StoreProfileFacts(IReadOnlyDictionary<int, ProductFacts> products, IReadOnlyDictionary<int, OrderFacts> orders,
        IReadOnlyDictionary<Guid, SessionFacts> sessions)
    {
        _products = products;
        _orders = orders;
        _sessions = sessions;
    }

    /// <summary>Gets facts that know nothing, for events that need none.</summary>
    public static StoreProfileFacts None { get; } = new(new Dictionary<int, ProductFacts>(), new Dictionary<int, OrderFacts>(), new Dictionary<Guid, SessionFacts>());

    /// <summary>Gets a product's facts; null when unknown.</summary>
    public ProductFacts FindProduct(int productId) => _products.GetValueOrDefault(productId);

    /// <summary>Gets an order's facts; null when unknown.</summary>
    public OrderFacts FindOrder(int orderId) => _orders.GetValueOrDefault(orderId);

    /// <summary>Gets how a session started (device and referral; country is not recorded yet); null for sessions that landed without a referral.</summary>
    public SessionFacts FindSession(Guid sessionId) => _sessions.GetValueOrDefault(sessionId);
}
