namespace Personalization.Engine.Recommendations;

/// <summary>
/// Fills a slot by running strategies in order, each skipping what is excluded or already chosen, until the slot is
/// full; so a visitor with no history falls through personal strategies to the non-personal ones.
/// </summary>
public static class RecommendationPipeline
{
    /// <summary>Returns up to <paramref name="limit"/> distinct items, each with the strategy and reason that chose it.</summary>
    public static List<ScoredItem> Recommend(IReadOnlyList<StrategyStep> steps, RecommendationContext context, int limit)
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(context);

        var chosen = new List<ScoredItem>(Math.Max(limit, 0));
        if (limit <= 0)
            return chosen;

        var exclude = new HashSet<int>(context.Exclude);
        var stepContext = context with { Exclude = exclude };
        foreach (var step in steps)
        {
            var room = Math.Min(limit - chosen.Count, step.MaxItems);
            if (room <= 0)
            {
                if (chosen.Count >= limit)
                    break;
                continue;
            }

            if (!step.Strategy.IsApplicable(stepContext))
                continue;

            var added = 0;
            foreach (var item in step.Strategy.Recommend(stepContext, room))
            {
                //a strategy may ignore the exclude set; the pipeline still never shows an item twice
                if (added == room || !exclude.Add(item.Item))
                    continue;
                chosen.Add(item);
                added++;
            }

            if (chosen.Count >= limit)
                break;
        }

        return chosen;
    }
}
