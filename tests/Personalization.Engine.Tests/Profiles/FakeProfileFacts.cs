using Personalization.Engine.Profiles;

namespace Personalization.Engine.Tests.Profiles;

/// <summary>Catalog, orders and sessions held in dictionaries.</summary>
sealed class FakeProfileFacts : IProfileFacts
{
    public Dictionary<int, ProductFacts> Products { get; } = [];

    public Dictionary<int, OrderFacts> OrdersById { get; } = [];

    public Dictionary<Guid, SessionFacts> Sessions { get; } = [];

    public ProductFacts FindProduct(int productId) => Products.GetValueOrDefault(productId);

    public OrderFacts FindOrder(int orderId) => OrdersById.GetValueOrDefault(orderId);

    public SessionFacts FindSession(Guid sessionId) => Sessions.GetValueOrDefault(sessionId);
}
