namespace Personalization.Engine.Customers;

/// <summary>
/// How much a customer buys on discount: never, sometimes, or mostly.
/// </summary>
public enum DiscountSensitivity
{
    Unknown = 0,
    None = 1,
    Occasional = 2,
    Frequent = 3
}
