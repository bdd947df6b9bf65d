using Personalization.Engine.Customers;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Tests.Customers;

[TestFixture]
public class CustomerTraitsTests
{
    [TestCase(0.5, PriceTier.Budget)]
    [TestCase(0.79, PriceTier.Budget)]
    [TestCase(0.8, PriceTier.Mid)]
    [TestCase(1.25, PriceTier.Mid)]
    [TestCase(1.3, PriceTier.Premium)]
    public void Price_tier_follows_the_average_ratio_to_category_medians(double average, PriceTier expected)
    {
        Assert.That(CustomerTraits.PriceTier(average * 4, 4), Is.EqualTo(expected));
    }

    [Test]
    public void No_price_ratios_leave_the_tier_unknown()
    {
        Assert.That(CustomerTraits.PriceTier(0, 0), Is.EqualTo(PriceTier.Unknown));
    }

    [TestCase(0, 0, DiscountSensitivity.Unknown)]
    [TestCase(0, 5, DiscountSensitivity.None)]
    [TestCase(1, 5, DiscountSensitivity.Occasional)]
    [TestCase(3, 6, DiscountSensitivity.Frequent)]
    [TestCase(6, 6, DiscountSensitivity.Frequent)]
    public void Discount_sensitivity_follows_the_share_of_discounted_orders(int discounted, int orders, DiscountSensitivity expected)
    {
        Assert.That(CustomerTraits.Discount(discounted, orders), Is.EqualTo(expected));
    }

    [Test]
    public void Profile_exposes_the_same_tier_and_sensitivity()
    {
        var profile = CustomerProfileState.Empty(1) with { PriceRatioSum = 3.0m, PriceRatioCount = 2, Orders = 4, DiscountedOrders = 1 };

        Assert.That(profile.PriceTier, Is.EqualTo(PriceTier.Premium));
        Assert.That(profile.DiscountSensitivity, Is.EqualTo(DiscountSensitivity.Occasional));
    }

    [Test]
    public void Category_median_is_the_middle_price_and_ignores_free_lines()
    {
        var medians = CustomerTraits.CategoryMedians([("garden", 1), ("garden", 9), ("garden", 3), ("garden", 0), ("bags", 2), ("bags", 4)]);

        Assert.That(medians["garden"], Is.EqualTo(3));
        Assert.That(medians["bags"], Is.EqualTo(3));
    }
}
