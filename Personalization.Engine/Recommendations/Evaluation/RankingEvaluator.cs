namespace Personalization.Engine.Recommendations.Evaluation;

/// <summary>
/// Adds up per-user ranking metrics at a fixed K and averages them (every user counts equally).
/// </summary>
public sealed class RankingEvaluator(int k, int catalogSize)
{
    readonly HashSet<int> _shown = [];
    double _precision;
    double _recall;
    double _ndcg;
    double _map;
    double _hits;
    int _users;

    /// <summary>Adds one user's list and the items they went on to buy; users with nothing relevant are skipped.</summary>
    public void Add(IReadOnlyList<int> recommended, IReadOnlySet<int> relevant)
    {
        ArgumentNullException.ThrowIfNull(recommended);
        ArgumentNullException.ThrowIfNull(relevant);
        if (relevant.Count == 0)
            return;

        _users++;
        _precision += RankingMetrics.PrecisionAt(k, recommended, relevant);
        _recall += RankingMetrics.RecallAt(k, recommended, relevant);
        _ndcg += RankingMetrics.NdcgAt(k, recommended, relevant);
        _map += RankingMetrics.AveragePrecisionAt(k, recommended, relevant);
        _hits += RankingMetrics.HitAt(k, recommended, relevant);
        for (var i = 0; i < k && i < recommended.Count; i++)
            _shown.Add(recommended[i]);
    }

    /// <summary>Gets the averages so far.</summary>
    public RankingSummary Summary()
    {
        double users = Math.Max(_users, 1);
        return new RankingSummary(k, _users, _precision / users, _recall / users, _ndcg / users, _map / users, _hits / users,
            catalogSize > 0 ? _shown.Count / (double)catalogSize : 0);
    }
}
