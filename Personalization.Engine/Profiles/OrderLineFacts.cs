namespace Personalization.Engine.Profiles;

/// <summary>
/// One line of an order as the profile sees it.
/// </summary>
public sealed record OrderLineFacts(int ProductId, int Quantity, decimal UnitPrice);
