using Personalization.Engine.Recommendations;
using Personalization.Engine.Recommendations.Lists;

namespace Personalization.Engine.Tests.Recommendations.Lists;

[TestFixture]
public class SimilarListReasonTests
{
    //a catalogue whose products share categories, a manufacturer, tags, specifications and words in differing amounts
    static ContentCatalog Catalogue()
    {
        var items = new List<ItemAttributes>
        {
            new(0, "Stainless gas grill", "Four burners, stainless steel lid", [1], 7, ["outdoor"], 499m, [11, 12]),
            new(1, "Stainless gas grill compact", "Two burners and a stainless lid", [1], 7, ["outdoor", "compact"], 299m, [11]),
            new(2, "Charcoal grill", "Cast iron grate for charcoal", [1], null, ["outdoor"], 149m, [12]),
            new(3, "Grill cover", "Fits gas grills with four burners", [2], 7, [], 39m, []),
            new(4, "Garden chair", "Folding chair, steel frame", [3], null, ["outdoor"], 59m, [11]),
            new(5, "Garden table", "Steel frame table for four", [3], null, ["outdoor"], 129m, [])
        };
        return new ContentCatalog([101, 102, 103, 104, 105, 106], items,
            new Dictionary<int, string> { [1] = "Grills", [2] = "Grill accessories", [3] = "Garden furniture" },
            new Dictionary<int, string> { [7] = "Weber" },
            new Dictionary<int, string> { [11] = "Stainless steel", [12] = "Gas" });
    }

    [Test]
    public void Every_reason_of_the_lists_is_the_one_the_pair_gets_described_on_its_own()
    {
        var catalog = Catalogue();
        var byProduct = catalog.ProductIds.Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => catalog.Items[pair.index]);

        var lists = RecommendationListBuilder.Similar(catalog, 4).ToList();

        Assert.That(lists, Has.Count.EqualTo(catalog.Items.Count), "every product has similar ones here");
        foreach (var list in lists)
        {
            foreach (var item in list.Items)
                Assert.That(item.Reason, Is.EqualTo(ContentSimilarityReason.Describe(byProduct[list.AnchorId], byProduct[item.ProductId], catalog)),
                    $"{list.AnchorId} -> {item.ProductId}");
        }

        var grill = lists.Single(list => list.AnchorId == 101).Items[0];
        Assert.That((grill.ProductId, grill.Reason), Is.EqualTo((102, "same category Grills and manufacturer Weber; shares 'Stainless steel', 'outdoor', 'stainless'")));
    }
}
