namespace Personalization.Engine.Profiles;

/// <summary>
/// Looks up the catalog, order and session facts the aggregator needs (the plugin reads them from the store, tests from lists).
/// </summary>
/// <remarks>
/// Incremental updates and rebuilds must see the same facts for the same ids to give the same profile; facts that
/// change later (a product's price) are read as they are at rebuild time.
/// </remarks>
public interface IProfileFacts
{
    /// <summary>Gets a product's facts; null when unknown.</summary>
    ProductFacts FindProduct(int productId);

    /// <summary>Gets an order's facts; null when unknown (the event's own value is then the order total).</summary>
    OrderFacts FindOrder(int orderId);

    /// <summary>Gets how a session started; null when unknown.</summary>
    SessionFacts FindSession(Guid sessionId);
}
