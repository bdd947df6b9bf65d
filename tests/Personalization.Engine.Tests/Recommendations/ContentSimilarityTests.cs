using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

[TestFixture]
public class ContentSimilarityTests
{
    static ItemAttributes Item(int index, string name, int category, int? manufacturer = null, params string[] tags) =>
        new(index, name, null, [category], manufacturer, tags, 10m);

    static readonly ItemAttributes[] Catalogue =
    [
        Item(0, "Red heart lantern", 1),
        Item(1, "White heart lantern", 1),
        Item(2, "Garden spade", 2),
        Item(3, "Steel garden trowel", 2),
        Item(4, "Heart shaped cushion", 3),
        Item(5, "Blue mug", 4, 9, "kitchen"),
        Item(6, "Green cup", 4, 9, "kitchen"),
        Item(7, "Notebook", 5),
        Item(8, "Pencil case", 5),
        Item(9, "Desk lamp", 6),
        Item(10, "Wall clock", 7)
    ];

    [Test]
    public void Items_sharing_name_words_are_neighbours_best_first()
    {
        var model = ContentSimilarity.Train(11, Catalogue, maxDocumentShare: 0.5, itemNames: Catalogue.Select(i => i.Name).ToArray());

        var neighbours = model.NeighborsOf(0).Select(n => n.Item).ToArray();

        Assert.That(neighbours[0], Is.EqualTo(1), "same words and category");
        Assert.That(neighbours, Does.Contain(4), "shares 'heart'");
        Assert.That(neighbours, Does.Not.Contain(2));
    }

    [Test]
    public void A_word_on_too_many_items_does_not_make_them_similar()
    {
        var model = ContentSimilarity.Train(11, Catalogue, maxDocumentShare: 0.2);

        // "heart" is on 3 of 11 items, above 20%: the cushion shares nothing else with the lantern
        Assert.That(model.NeighborsOf(0).Select(n => n.Item), Does.Not.Contain(4));
    }

    [Test]
    public void Tags_manufacturer_and_category_make_items_similar_without_shared_words()
    {
        var model = ContentSimilarity.Train(11, Catalogue);

        Assert.That(model.NeighborsOf(5).First().Item, Is.EqualTo(6));
        Assert.That(model.NeighborsOf(7).Select(n => n.Item), Is.EqualTo(new[] { 8 }));
    }

    [Test]
    public void A_shared_specification_option_ranks_an_item_above_one_that_only_shares_the_category()
    {
        ItemAttributes Chair(int index, string name, params int[] options) => new(index, name, null, [1], null, [], 10m, options);
        var chairs = new[] { Chair(0, "Oslo chair", 7), Chair(1, "Bergen chair"), Chair(2, "Malmo chair", 7), Chair(3, "Desk"), Chair(4, "Lamp"), Chair(5, "Rug") }
            .Select((item, i) => i < 3 ? item : item with { CategoryIds = [i] }).ToArray();

        var model = ContentSimilarity.Train(6, chairs, maxDocumentShare: 0.5);

        Assert.That(model.NeighborsOf(0).Select(n => n.Item), Is.EqualTo(new[] { 2, 1 }), "the other oak chair first");
    }

    [Test]
    public void A_new_product_nobody_bought_gets_similar_items_from_the_product_page()
    {
        var model = ContentSimilarity.Train(11, Catalogue, itemNames: Catalogue.Select(i => i.Name).ToArray());
        var onProductPage = new RecommendationContext(-1, [], [2], [], new HashSet<int> { 2 });

        var picks = new ScoringStrategy(model).Recommend(onProductPage, 2);

        Assert.That(picks.Select(p => p.Item), Is.EqualTo(new[] { 3 }));
        Assert.That(picks[0].Reason, Does.StartWith("similar to Garden spade"));
    }

    [Test]
    public void Words_are_lower_cased_and_stop_words_and_single_letters_dropped()
    {
        var tokens = new List<string>();

        TextTokenizer.Tokenize("The RED-heart lantern, set of 3 & a b", tokens);

        Assert.That(tokens, Is.EqualTo(new[] { "red", "heart", "lantern" }));
    }
}
