namespace Personalization.Engine.Recommendations.Evaluation;

/// <summary>
/// Ranking metrics at K averaged over the evaluated users, plus catalogue coverage over all their lists.
/// </summary>
public sealed record RankingSummary(int K, int Users, double Precision, double Recall, double Ndcg, double Map, double HitRate, double Coverage);
