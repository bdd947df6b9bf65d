using Personalization.Engine.Data;
using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class InteractionModelTests
{
    static readonly DateTime Day = new(2011, 1, 1);

    [Test]
    public void Repeated_purchases_add_up_and_history_is_most_recent_first()
    {
        var model = InteractionModel.Build([
            new InteractionRecord("alice", "mug", 1, Day),
            new InteractionRecord("alice", "tea", 1, Day.AddDays(5)),
            new InteractionRecord("alice", "mug", 1, Day.AddDays(2)),
            new InteractionRecord("bob", "tea", 1, Day.AddDays(1))
        ]);

        var alice = model.UserIndex("alice");
        var mug = model.ItemIndex("mug");
        var tea = model.ItemIndex("tea");

        Assert.That(model.UserCount, Is.EqualTo(2));
        Assert.That(model.ItemCount, Is.EqualTo(2));
        Assert.That(model.UserItems.RowValues(alice)[model.UserItems.RowColumns(alice).IndexOf(mug)], Is.EqualTo(2f));
        Assert.That(model.HistoryByRecency(alice), Is.EqualTo(new[] { tea, mug }));
        Assert.That(model.ItemUsers.RowLength(tea), Is.EqualTo(2));
        Assert.That(model.UserIndex("carol"), Is.EqualTo(-1));
        Assert.That(model.Latest, Is.EqualTo(Day.AddDays(5)));
    }

    [Test]
    public void A_half_life_halves_the_weight_of_an_interaction_that_old()
    {
        var model = InteractionModel.Build([
            new InteractionRecord("u", "old", 1, Day),
            new InteractionRecord("u", "new", 1, Day.AddDays(10))
        ], halfLifeDays: 10);

        var user = model.UserIndex("u");
        var weights = model.UserItems.RowValues(user).ToArray();
        var items = model.UserItems.RowColumns(user).ToArray();

        Assert.That(weights[Array.IndexOf(items, model.ItemIndex("old"))], Is.EqualTo(0.5f).Within(1e-6));
        Assert.That(weights[Array.IndexOf(items, model.ItemIndex("new"))], Is.EqualTo(1f));
    }

    [Test]
    public void Only_sales_to_known_customers_become_purchases_and_orders_become_baskets()
    {
        OrderLine[] lines =
        [
            new("1", "A", "a", 1, Day, 1m, 7, "UK"),
            new("1", "B", "b", 2, Day, 1m, 7, "UK"),
            new("C2", "A", "a", -1, Day, 1m, 7, "UK"),
            new("3", "C", "c", 1, Day, 1m, null, "UK"),
            new("4", "B", "b", 1, Day, 1m, 8, "UK")
        ];

        var purchases = OrderLineInteractions.Purchases(lines);
        var model = InteractionModel.Build(purchases);
        var baskets = OrderLineInteractions.Baskets(lines, model);

        Assert.That(purchases.Select(p => (p.UserId, p.ItemId)), Is.EqualTo(new[] { ("7", "A"), ("7", "B"), ("8", "B") }));
        Assert.That(baskets.RowCount, Is.EqualTo(2));
        Assert.That(baskets.RowLength(0), Is.EqualTo(2));
    }
}
