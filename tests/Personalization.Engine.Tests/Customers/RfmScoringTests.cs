using Personalization.Engine.Customers;

namespace Personalization.Engine.Tests.Customers;

[TestFixture]
public class RfmScoringTests
{
    static readonly DateTime AsOf = new(2011, 12, 10);

    static CustomerOrder Order(int customer, int daysAgo, decimal total, string id = null, bool cancelled = false) =>
        new(customer, id ?? $"{customer}-{daysAgo}", AsOf.AddDays(-daysAgo), total, 0, 1, cancelled);

    [TestCase(5, 5, RfmSegment.Champions)]
    [TestCase(5, 4, RfmSegment.Champions)]
    [TestCase(4, 4, RfmSegment.LoyalCustomers)]
    [TestCase(3, 5, RfmSegment.LoyalCustomers)]
    [TestCase(5, 1, RfmSegment.NewCustomers)]
    [TestCase(4, 1, RfmSegment.Promising)]
    [TestCase(4, 2, RfmSegment.PotentialLoyalists)]
    [TestCase(5, 3, RfmSegment.PotentialLoyalists)]
    [TestCase(3, 3, RfmSegment.NeedAttention)]
    [TestCase(3, 2, RfmSegment.AboutToSleep)]
    [TestCase(2, 4, RfmSegment.AtRisk)]
    [TestCase(1, 3, RfmSegment.AtRisk)]
    [TestCase(1, 5, RfmSegment.CannotLoseThem)]
    [TestCase(2, 2, RfmSegment.Hibernating)]
    [TestCase(1, 1, RfmSegment.Hibernating)]
    public void Grid_names_each_recency_and_frequency_pair(int r, int f, RfmSegment expected)
    {
        Assert.That(RfmScoring.Segment(r, f), Is.EqualTo(expected));
    }

    [Test]
    public void Every_cell_of_the_grid_has_a_name()
    {
        var names = new HashSet<RfmSegment>();
        for (var r = 1; r <= 5; r++)
        for (var f = 1; f <= 5; f++)
            names.Add(RfmScoring.Segment(r, f));

        Assert.That(names, Has.Count.EqualTo(Enum.GetValues<RfmSegment>().Length));
    }

    [Test]
    public void Score_outside_one_to_five_is_refused()
    {
        Assert.That(() => RfmScoring.Segment(0, 3), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Quintiles_of_distinct_values_run_from_one_to_five_in_equal_groups()
    {
        var scores = RfmScoring.Quintiles(Enumerable.Range(1, 10).Select(v => (double)v).ToList());

        Assert.That(scores, Is.EqualTo(new[] { 1, 1, 2, 2, 3, 3, 4, 4, 5, 5 }));
    }

    [Test]
    public void Tied_values_share_one_score()
    {
        // six one-order customers, then 2, 3, 5, 8 orders
        var scores = RfmScoring.Quintiles([1, 1, 1, 1, 1, 1, 2, 3, 5, 8]);

        Assert.That(scores.Take(6).Distinct().Count(), Is.EqualTo(1));
        Assert.That(scores[9], Is.EqualTo(5));
        Assert.That(scores, Is.Ordered);
    }

    [Test]
    public void Recent_frequent_customer_is_a_champion_and_old_one_order_customer_hibernates()
    {
        var orders = new List<CustomerOrder>();
        for (var c = 1; c <= 10; c++)
        {
            // customer c last ordered 30 * c days ago, with 11 - c orders
            for (var o = 0; o < 11 - c; o++)
                orders.Add(Order(c, 30 * c + o, 100));
        }

        var scores = RfmScoring.Score(orders, AsOf).ToDictionary(s => s.CustomerId);

        Assert.That(scores[1].Segment, Is.EqualTo(RfmSegment.Champions));
        Assert.That(scores[10].Segment, Is.EqualTo(RfmSegment.Hibernating));
        Assert.That(scores[1].RecencyDays, Is.EqualTo(30));
        Assert.That(scores[1].Orders, Is.EqualTo(10));
    }

    [Test]
    public void Cancellations_and_orders_after_the_date_do_not_count()
    {
        var orders = new List<CustomerOrder>
        {
            Order(1, 100, 50),
            Order(1, 10, 500, cancelled: true),
            Order(1, -5, 900)
        };

        var score = RfmScoring.Score(orders, AsOf).Single();

        Assert.That(score.Orders, Is.EqualTo(1));
        Assert.That(score.Spent, Is.EqualTo(50m));
        Assert.That(score.RecencyDays, Is.EqualTo(100));
    }
}
