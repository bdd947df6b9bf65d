namespace Personalization.Engine.Profiles;

/// <summary>
/// Where a customer's products sit against their categories' median prices.
/// </summary>
public enum PriceTier
{
    Unknown = 0,
    Budget = 1,
    Mid = 2,
    Premium = 3
}
