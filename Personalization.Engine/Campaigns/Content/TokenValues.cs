namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// The values of the tokens for one visitor and page, as text already formatted (money in the customer's currency);
/// null or blank for unknown, which shows the token's fallback. The coupon code is the variant's unless one is issued to the visitor.
/// </summary>
public sealed record TokenValues
{
    /// <summary>Gets values that are all unknown.</summary>
    public static TokenValues None { get; } = new();

    /// <summary>Gets the customer's first name.</summary>
    public string FirstName { get; init; }

    /// <summary>Gets the cart's value.</summary>
    public string CartValue { get; init; }

    /// <summary>Gets what the cart still lacks for free shipping (unknown once it qualifies).</summary>
    public string FreeShippingLeft { get; init; }

    /// <summary>Gets the name of the product on the page.</summary>
    public string ProductName { get; init; }

    /// <summary>Gets the name of the category on the page.</summary>
    public string CategoryName { get; init; }

    /// <summary>Gets the coupon code of the visitor's own (or the linked discount's); null for the variant's typed-in code.</summary>
    public string CouponCode { get; init; }

    /// <summary>Gets a token's value by its index in <see cref="CampaignTokens.All"/>.</summary>
    public string Get(int token, string couponCode) => token switch
    {
        0 => FirstName,
        1 => CartValue,
        2 => FreeShippingLeft,
        3 => couponCode,
        4 => ProductName,
        5 => CategoryName,
        _ => null
    };
}
