namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// The tokens campaign copy may hold, written <c>{{name|fallback}}</c>: the value, or the fallback text when the value is unknown.
/// </summary>
public static class CampaignTokens
{
    /// <summary>The customer's first name.</summary>
    public const string FirstName = "customer.first_name";

    /// <summary>The cart's value, formatted in the customer's currency.</summary>
    public const string CartValue = "cart.value";

    /// <summary>What the cart still lacks for free shipping, formatted in the customer's currency.</summary>
    public const string FreeShippingLeft = "cart.free_shipping_left";

    /// <summary>The variant's coupon code.</summary>
    public const string CouponCode = "coupon.code";

    /// <summary>The name of the product on the page.</summary>
    public const string ProductName = "product.name";

    /// <summary>The name of the category on the page.</summary>
    public const string CategoryName = "category.name";

    /// <summary>Gets every token name, in the order <see cref="TokenValues"/> holds them.</summary>
    public static IReadOnlyList<string> All { get; } = [FirstName, CartValue, FreeShippingLeft, CouponCode, ProductName, CategoryName];

    /// <summary>Gets a token's index in <see cref="All"/>; -1 when there is no such token.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], name, StringComparison.Ordinal))
                return i;
        }

        return -1;
    }
}
