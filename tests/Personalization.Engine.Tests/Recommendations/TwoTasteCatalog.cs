using Personalization.Engine.Recommendations;

namespace Personalization.Engine.Tests.Recommendations;

/// <summary>
/// A small shop with two kinds of customer: tea lovers (items 0-3) and gardeners (items 4-7); item 8 is bought by everyone.
/// Each customer buys all but one item of their kind, in rotation, plus the common item.
/// </summary>
public static class TwoTasteCatalog
{
    public static readonly string[] Names = ["tea", "mug", "biscuits", "teapot", "seeds", "gloves", "spade", "plant pot", "gift card"];

    public static readonly DateTime Start = new(2011, 1, 1);

    public static List<InteractionRecord> Purchases(int customersPerTaste = 8)
    {
        var purchases = new List<InteractionRecord>();
        for (var taste = 0; taste < 2; taste++)
        {
            for (var c = 0; c < customersPerTaste; c++)
            {
                var user = $"{(taste == 0 ? "tea" : "garden")}-{c}";
                for (var i = 0; i < 4; i++)
                {
                    if (i != c % 4)
                        purchases.Add(new InteractionRecord(user, Names[taste * 4 + i], 1, Start.AddDays(c + i)));
                }

                purchases.Add(new InteractionRecord(user, Names[8], 1, Start.AddDays(c)));
            }
        }

        return purchases;
    }

    public static InteractionModel Model() => InteractionModel.Build(Purchases());

    public static RecommendationContext ContextOf(InteractionModel model, string user, bool excludeBought = true)
    {
        var index = model.UserIndex(user);
        var history = model.HistoryByRecency(index);
        return new RecommendationContext(index, history, [], [], excludeBought ? new HashSet<int>(history) : new HashSet<int>());
    }

    public static string[] Recommend(IItemScorer scorer, InteractionModel model, RecommendationContext context, int limit) =>
        new ScoringStrategy(scorer).Recommend(context, limit).Select(item => model.ItemIds[item.Item]).ToArray();
}
