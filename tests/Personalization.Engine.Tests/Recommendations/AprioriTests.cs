using Personalization.Engine.Data;
using Personalization.Engine.Recommendations;
using Personalization.Engine.Tests.Infrastructure;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class AprioriTests
{
    static BasketSet _groceries;

    static BasketSet Groceries
    {
        get
        {
            if (_groceries == null)
            {
                using var reader = new StreamReader(Path.Combine(SharedDatasets.Folder, "groceries", "groceries.csv"));
                _groceries = BasketCsv.Read(reader);
            }

            return _groceries;
        }
    }

    [Test]
    public void Groceries_reads_as_arules_reads_it_with_labels_kept_verbatim()
    {
        Assert.That(Groceries.Baskets.RowCount, Is.EqualTo(9835));
        Assert.That(Groceries.Items, Has.Count.EqualTo(169));
        Assert.That(Groceries.Baskets.NonZeroCount, Is.EqualTo(43367));
        Assert.That(Groceries.Items, Does.Contain("cream cheese "));
    }

    // Reference counts from R arules 1.7-9 on the same file.
    [TestCase(0.001, 0.5, 1, 10, 5668)]
    [TestCase(0.001, 0.8, 1, 10, 410)]
    [TestCase(0.001, 0.8, 1, 3, 29)]
    [TestCase(0.006, 0.25, 2, 10, 463)]
    [TestCase(0.005, 0.5, 1, 10, 120)]
    [TestCase(0.01, 0.2, 1, 10, 232)]
    [TestCase(0.01, 0.1, 2, 10, 427)]
    public void Rule_counts_on_Groceries_equal_arules(double support, double confidence, int minLength, int maxLength, int expected)
    {
        var rules = Apriori.Rules(Groceries.Baskets, new AprioriOptions(support, confidence, minLength, maxLength));

        Assert.That(rules, Has.Count.EqualTo(expected));
        Assert.That(rules.All(rule => rule.Lhs.Length + 1 >= minLength && rule.Lhs.Length + 1 <= maxLength), Is.True);
    }

    [Test]
    public void Frequent_itemset_counts_on_Groceries_equal_arules_eclat()
    {
        var itemsets = Apriori.FrequentItemsets(Groceries.Baskets, 0.001);
        var bySize = itemsets.GroupBy(set => set.Items.Length).OrderBy(g => g.Key).Select(g => g.Count()).ToArray();

        Assert.That(itemsets, Has.Count.EqualTo(13492));
        Assert.That(bySize, Is.EqualTo(new[] { 157, 2981, 6831, 3137, 376, 10 }));
    }

    [Test]
    public void The_most_frequent_pair_is_other_vegetables_and_whole_milk_in_736_baskets()
    {
        var top = Apriori.FrequentItemsets(Groceries.Baskets, 0.01, 2)
            .Where(set => set.Items.Length == 2)
            .MaxBy(set => set.Count);

        Assert.That(top.Items.Select(item => Groceries.Items[item]), Is.EquivalentTo(new[] { "other vegetables", "whole milk" }));
        Assert.That(top.Count, Is.EqualTo(736));
    }

    [Test]
    public void The_highest_lift_rule_at_0_001_and_0_5_is_instant_food_and_soda_then_hamburger_meat()
    {
        var rules = Apriori.Rules(Groceries.Baskets, new AprioriOptions(0.001, 0.5));
        var best = rules.MaxBy(rule => rule.Lift);

        Assert.That(best.Lhs.Select(item => Groceries.Items[item]), Is.EquivalentTo(new[] { "Instant food products", "soda" }));
        Assert.That(Groceries.Items[best.Rhs], Is.EqualTo("hamburger meat"));
        Assert.That(best.Lift, Is.EqualTo(18.99565).Within(0.00001));
        Assert.That(best.Count, Is.EqualTo(12));
        Assert.That(best.Confidence, Is.EqualTo(0.6315789).Within(1e-7));
    }

    [Test]
    public void A_rule_with_an_empty_left_side_is_kept_when_the_item_alone_reaches_the_confidence()
    {
        // 4 baskets: a in all four, b in two.
        var baskets = SparseMatrix.FromSets(2, [[0, 1], [0, 1], [0], [0]]);

        var rules = Apriori.Rules(baskets, new AprioriOptions(0.5, 0.9));

        Assert.That(rules.Select(rule => (rule.Lhs.Length, rule.Rhs)), Is.EquivalentTo(new[] { (0, 0), (1, 0) }));
        Assert.That(rules.Single(rule => rule.Lhs.Length == 1).Lift, Is.EqualTo(1.0));
    }

    [Test]
    public void Support_is_compared_as_a_ratio_with_at_least()
    {
        Assert.That(Apriori.MinCount(0.001, 9835), Is.EqualTo(10));
        Assert.That(Apriori.MinCount(0.5, 4), Is.EqualTo(2));
        Assert.That(Apriori.MinCount(0.3, 10), Is.EqualTo(3));
    }
}
