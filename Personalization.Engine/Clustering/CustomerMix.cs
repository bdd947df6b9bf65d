using Personalization.Engine.Customers;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Clustering;

/// <summary>
/// What a customer buys: spend share per category, price index against category medians, and discount use.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Shares">Spend share of each category of <see cref="CustomerMixes.Categories"/> (sums to 1).</param>
/// <param name="PriceIndex">Geometric mean of unit price / category median over the customer's lines (1 = typical).</param>
/// <param name="DiscountShare">Share of the customer's orders that used a discount.</param>
/// <param name="Orders">Orders.</param>
/// <param name="Spent">Total spent.</param>
public sealed record CustomerMix(int CustomerId, double[] Shares, double PriceIndex, double DiscountShare, int Orders, double Spent)
{
    /// <summary>Gets the price tier of <see cref="PriceIndex"/>.</summary>
    public PriceTier Tier => CustomerTraits.PriceTier(PriceIndex, 1);
}
