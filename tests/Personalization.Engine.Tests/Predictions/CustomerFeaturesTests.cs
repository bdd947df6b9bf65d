using Personalization.Engine.Customers;
using Personalization.Engine.Predictions;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class CustomerFeaturesTests
{
    static readonly DateTime Cut = new(2011, 6, 1);

    static CustomerOrder Order(int customer, int daysFromCut, decimal total, bool cancelled = false) =>
        new(customer, $"{customer}/{daysFromCut}/{cancelled}", Cut.AddDays(daysFromCut), total, 0, 2, cancelled);

    static float Feature(FeatureTable table, int row, string name) => table.Rows[row][((IList<string>)table.Names).IndexOf(name)];

    [Test]
    public void Features_use_only_orders_before_the_cut()
    {
        List<CustomerOrder> before = [Order(1, -40, 100), Order(1, -10, 50)];
        var withFuture = before.Concat([Order(1, 5, 1000), Order(1, 200, 7)]).ToList();

        var plain = CustomerFeatures.Build(before, Cut, 90);
        var future = CustomerFeatures.Build(withFuture, Cut, 90);

        Assert.That(future.Rows[0], Is.EqualTo(plain.Rows[0]));
        Assert.That(Feature(future, 0, "days since last order"), Is.EqualTo(10));
        Assert.That(Feature(future, 0, "orders"), Is.EqualTo(2));
    }

    [Test]
    public void Label_is_no_order_inside_the_horizon_and_target_the_spend_of_the_next_90_days()
    {
        List<CustomerOrder> orders = [Order(1, -5, 10), Order(1, 30, 70), Order(1, 120, 500), Order(2, -5, 10), Order(2, 100, 40)];

        var table = CustomerFeatures.Build(orders, Cut, horizonDays: 60);

        Assert.That(table.Keys, Is.EqualTo(new[] { 1, 2 }));
        Assert.That(table.Labels, Is.EqualTo(new[] { false, true }));
        Assert.That(table.Targets, Is.EqualTo(new[] { 70f, 0f }));
    }

    [Test]
    public void Customers_whose_first_order_comes_after_the_cut_have_no_row()
    {
        var table = CustomerFeatures.Build([Order(1, -3, 10), Order(2, 3, 10)], Cut, 90);

        Assert.That(table.Keys, Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void Cancellations_are_counted_apart_and_never_keep_a_customer_from_churning()
    {
        var table = CustomerFeatures.Build([Order(1, -20, 10), Order(1, -2, 10, cancelled: true), Order(1, 10, 10, cancelled: true)], Cut, 90);

        Assert.That(Feature(table, 0, "cancellations"), Is.EqualTo(1));
        Assert.That(Feature(table, 0, "orders"), Is.EqualTo(1));
        Assert.That(table.Labels[0], Is.True);
    }
}
