using System.Diagnostics;
using Personalization.Engine.Recommendations;
using Personalization.Engine.Recommendations.Evaluation;

namespace Personalization.Quality;

/// <summary>
/// Trains every model on the train period and measures each, under both repeat protocols, on the returning users.
/// </summary>
public static class Experiment
{
    /// <summary>Protocol where lists leave out what the user already bought and only new items count as hits.</summary>
    public const string NewItems = "new-items";

    /// <summary>Protocol where lists may repeat earlier purchases and every later purchase counts.</summary>
    public const string WithRepeats = "with-repeats";

    /// <summary>Trained models and what training each cost.</summary>
    public sealed record TrainedModels(InteractionModel Interactions, IReadOnlyDictionary<string, IItemScorer> Scorers, IReadOnlyDictionary<string, (double Seconds, double Megabytes)> Costs, double TotalSeconds);

    /// <summary>Trains every model.</summary>
    public static TrainedModels Train(EvaluationData data, ModelSettings settings, bool log = true)
    {
        var costs = new Dictionary<string, (double, double)>();
        var scorers = new Dictionary<string, IItemScorer>();
        var total = Stopwatch.StartNew();

        InteractionModel interactions = null;
        SparseMatrix baskets = null;
        Measure("Interactions", () =>
        {
            interactions = InteractionModel.Build(data.Train);
            baskets = OrderLineInteractions.Baskets(data.TrainBaskets.Select(b => (b.Basket, b.Item)), interactions);
        });

        var names = interactions.ItemIds.Select(id => data.ItemNames.GetValueOrDefault(id, id)).ToArray();
        Measure(PopularityModel.Name, () => scorers[PopularityModel.Name] = PopularityModel.Train(interactions));
        Measure("Trending", () => scorers["Trending"] = PopularityModel.Train(interactions, settings.TrendingHalfLifeDays));
        Measure(ItemKnn.Name, () => scorers[ItemKnn.Name] = ItemKnn.Train(interactions.UserItems, settings.KnnNeighbors, settings.KnnShrink, names));
        Measure(CoPurchaseModel.BoughtTogetherName, () => scorers[CoPurchaseModel.BoughtTogetherName] = CoPurchaseModel.BoughtTogether(baskets, new CoPurchaseOptions(), names));
        if (data.ItemNames.Count > 0)
        {
            Measure(ContentSimilarity.Name, () => scorers[ContentSimilarity.Name] = ContentSimilarity.Train(interactions.ItemCount,
                Enumerable.Range(0, interactions.ItemCount).Select(i => new ItemAttributes(i, names[i], null, [], null, [], 0m)), itemNames: names));
        }

        Measure(EaseModel.Name, () => scorers[EaseModel.Name] = EaseModel.Train(interactions.UserItems, settings.EaseLambda, settings.EaseMaxItems, names));
        Measure(ImplicitAlsModel.Name, () => scorers[ImplicitAlsModel.Name] = ImplicitAlsModel.Train(interactions.UserItems, settings.AlsOptions));
        Measure(BuyAgainModel.Name, () => scorers[BuyAgainModel.Name] = BuyAgainModel.Train(interactions, settings.BuyAgainHalfLifeDays, names));
        return new TrainedModels(interactions, scorers, costs, total.Elapsed.TotalSeconds);

        void Measure(string name, Action train)
        {
            var allocated = GC.GetTotalAllocatedBytes(true);
            var watch = Stopwatch.StartNew();
            train();
            costs[name] = (watch.Elapsed.TotalSeconds, (GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0);
            if (log)
                Console.Error.WriteLine($"  trained {name,-20} {watch.Elapsed.TotalSeconds,7:0.00} s");
        }
    }

    /// <summary>The strategy pipelines compared, as (scorer, most slots) steps, by name, for a protocol.</summary>
    public static List<(string Name, (string Scorer, int Max)[] Steps)> Pipelines(TrainedModels models, ModelSettings settings, string protocol)
    {
        var pipelines = new List<(string, (string, int)[])>();
        foreach (var name in models.Scorers.Keys)
        {
            if (name == BuyAgainModel.Name && protocol == NewItems)
                continue;
            pipelines.Add((name, [(name, int.MaxValue)]));
        }

        //the blend: own repeat purchases (when repeats may be shown), then the personal model, then co-purchase and
        //trending items for whatever the model before could not fill
        var blend = new List<(string, int)>();
        if (protocol == WithRepeats)
            blend.Add((BuyAgainModel.Name, settings.BlendBuyAgainSlots));
        blend.Add((EaseModel.Name, int.MaxValue));
        blend.Add((ItemKnn.Name, int.MaxValue));
        blend.Add((CoPurchaseModel.BoughtTogetherName, int.MaxValue));
        blend.Add(("Trending", int.MaxValue));
        pipelines.Add(("Blend", blend.ToArray()));
        return pipelines;
    }

    /// <summary>Scores every pipeline under one protocol.</summary>
    public static List<AlgorithmResult> Evaluate(EvaluationData data, TrainedModels models, ModelSettings settings, string protocol, int k)
    {
        var interactions = models.Interactions;
        var relevantByUser = Relevant(data, interactions, protocol);
        var users = relevantByUser.Keys.Order().ToArray();
        var results = new List<AlgorithmResult>();
        foreach (var (name, scorerSteps) in Pipelines(models, settings, protocol))
        {
            var steps = scorerSteps.Select(step => new StrategyStep(new ScoringStrategy(models.Scorers[step.Scorer]), step.Max)).ToArray();
            var lists = new int[users.Length][];
            Parallel.For(0, users.Length, u =>
            {
                var user = users[u];
                var history = interactions.HistoryByRecency(user);
                IReadOnlySet<int> exclude = protocol == NewItems ? new HashSet<int>(history) : new HashSet<int>();
                var context = new RecommendationContext(user, history, [], [], exclude);
                lists[u] = RecommendationPipeline.Recommend(steps, context, k).Select(item => item.Item).ToArray();
            });

            var evaluator = new RankingEvaluator(k, interactions.ItemCount);
            for (var u = 0; u < users.Length; u++)
                evaluator.Add(lists[u], relevantByUser[users[u]]);

            var cost = CostOf(models, scorerSteps);
            results.Add(new AlgorithmResult(protocol, name, evaluator.Summary(), cost.Seconds, cost.Megabytes, 0, 0));
        }

        var popular = results.Single(r => r.Algorithm == PopularityModel.Name).Metrics;
        return results.Select(r => r with
        {
            RecallVsPopular = popular.Recall > 0 ? r.Metrics.Recall / popular.Recall : 0,
            NdcgVsPopular = popular.Ndcg > 0 ? r.Metrics.Ndcg / popular.Ndcg : 0
        }).ToList();
    }

    static (double Seconds, double Megabytes) CostOf(TrainedModels models, (string Scorer, int Max)[] steps)
    {
        var (seconds, megabytes) = models.Costs["Interactions"];
        foreach (var (scorer, _) in steps)
        {
            seconds += models.Costs[scorer].Seconds;
            megabytes += models.Costs[scorer].Megabytes;
        }

        return (seconds, megabytes);
    }

    // Later purchases of users known from the train period; items the model never saw still count (they cannot be hit).
    static Dictionary<int, IReadOnlySet<int>> Relevant(EvaluationData data, InteractionModel interactions, string protocol)
    {
        var unseen = new Dictionary<string, int>(StringComparer.Ordinal);
        var relevant = new Dictionary<int, HashSet<int>>();
        foreach (var interaction in data.Test)
        {
            var user = interactions.UserIndex(interaction.UserId);
            if (user < 0)
                continue;
            var item = interactions.ItemIndex(interaction.ItemId);
            if (item < 0 && !unseen.TryGetValue(interaction.ItemId, out item))
                unseen.Add(interaction.ItemId, item = -1 - unseen.Count);
            if (protocol == NewItems && item >= 0 && interactions.UserItems.RowColumns(user).BinarySearch(item) >= 0)
                continue;
            if (!relevant.TryGetValue(user, out var set))
                relevant.Add(user, set = []);
            set.Add(item);
        }

        return relevant.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<int>)pair.Value);
    }
}
