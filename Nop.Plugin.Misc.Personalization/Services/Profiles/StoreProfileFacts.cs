using Personalization.Engine.Profiles;

namespace Nop.Plugin.Misc.Personalization.Services.Profiles;

/// <summary>
/// Catalog and order facts for one batch of events, loaded from the store up front (the aggregator asks synchronously).
/// </summary>
public sealed class StoreProfileFacts : IProfileFacts
{
    readonly IReadOnlyDictionary<int, ProductFacts> _products;
    readonly IReadOnlyDictionary<int, OrderFacts> _orders;

    public StoreProfileFacts(IReadOnlyDictionary<int, ProductFacts> products, IReadOnlyDictionary<int, OrderFacts> orders)
    {
        _products = products;
        _orders = orders;
    }

    /// <summary>Gets a product's facts; null when unknown.</summary>
    public ProductFacts FindProduct(int productId) => _products.GetValueOrDefault(productId);

    /// <summary>Gets an order's facts; null when unknown.</summary>
    public OrderFacts FindOrder(int orderId) => _orders.GetValueOrDefault(orderId);

    /// <summary>Gets how a session started; sessions are not stored yet, so device, country and referral stay unknown.</summary>
    public SessionFacts FindSession(Guid sessionId) => null;
}
