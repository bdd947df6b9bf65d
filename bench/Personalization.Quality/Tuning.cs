using Personalization.Engine.Recommendations;

namespace Personalization.Quality;

/// <summary>
/// Compares parameter choices on a validation split carved from the train period (the test period is never looked at).
/// </summary>
public static class Tuning
{
    /// <summary>Trains and scores each variant and prints Recall and NDCG under both protocols.</summary>
    public static void Run(EvaluationData validation, int k)
    {
        Console.WriteLine($"# {validation.Description}");
        var variants = new List<(string Name, ModelSettings Settings)>
        {
            ("defaults", new ModelSettings()),
            ("ease lambda 50", new ModelSettings(EaseLambda: 50)),
            ("ease lambda 500", new ModelSettings(EaseLambda: 500)),
            ("ease lambda 1500", new ModelSettings(EaseLambda: 1500)),
            ("als alpha 20", new ModelSettings(Als: new AlsOptions(Alpha: 20))),
            ("als alpha 1", new ModelSettings(Als: new AlsOptions(Alpha: 1))),
            ("als 128 factors reg 1", new ModelSettings(Als: new AlsOptions(Factors: 128, Regularization: 1f, Alpha: 5))),
            ("knn shrink 10 k 200", new ModelSettings(KnnNeighbors: 200, KnnShrink: 10f)),
            ("buy-again 3 slots", new ModelSettings(BlendBuyAgainSlots: 3)),
            ("buy-again 5 slots", new ModelSettings(BlendBuyAgainSlots: 5)),
            ("buy-again 7 slots", new ModelSettings(BlendBuyAgainSlots: 7)),
            ("buy-again half-life 20", new ModelSettings(BuyAgainHalfLifeDays: 20)),
            ("trending half-life 7", new ModelSettings(TrendingHalfLifeDays: 7)),
        };

        Console.WriteLine("| variant | protocol | algorithm | Recall | NDCG |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (name, settings) in variants)
        {
            var models = Experiment.Train(validation, settings, log: false);
            foreach (var protocol in new[] { Experiment.NewItems, Experiment.WithRepeats })
            {
                foreach (var result in Experiment.Evaluate(validation, models, settings, protocol, k))
                    Console.WriteLine($"| {name} | {protocol} | {result.Algorithm} | {result.Metrics.Recall:0.0000} | {result.Metrics.Ndcg:0.0000} |");
            }
        }
    }
}
