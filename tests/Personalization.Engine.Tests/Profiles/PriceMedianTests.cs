using Personalization.Engine.Profiles;

namespace Personalization.Engine.Tests.Profiles;

[TestFixture]
public class PriceMedianTests
{
    [Test]
    public void The_median_of_an_odd_count_is_the_middle_price_whatever_the_order() =>
        Assert.That(PriceMedian.Of([120m, 8m, 35m]), Is.EqualTo(35m));

    [Test]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.That(PriceMedian.Of([10m, 40m, 20m, 30m]), Is.EqualTo(25m));

    [Test]
    public void Free_products_do_not_pull_the_median_down_and_none_gives_zero()
    {
        Assert.That(PriceMedian.Of([0m, 0m, 50m]), Is.EqualTo(50m));
        Assert.That(PriceMedian.Of([]), Is.Zero);
    }
}
