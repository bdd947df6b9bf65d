using Personalization.Engine.Customers;
using Personalization.Engine.Predictions;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class NaiveValueForecastTests
{
    static readonly DateTime End = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Repeats_the_last_90_days_spend_leaving_out_cancellations_and_older_orders()
    {
        CustomerOrder Order(int customer, int daysAgo, decimal total, bool cancelled = false) =>
            new(customer, $"{customer}-{daysAgo}", End.AddDays(-daysAgo), total, 0, 1, cancelled);

        var forecast = NaiveValueForecast.Of([Order(1, 10, 50), Order(1, 80, 30), Order(1, 95, 1000), Order(2, 5, 70, cancelled: true), Order(3, 200, 10)], End);

        Assert.That(forecast, Is.EqualTo(new Dictionary<int, decimal> { [1] = 80m }));
        Assert.That(NaiveValueForecast.Of([], DateTime.MinValue), Is.Empty);
    }
}
