using Personalization.Engine.Profiles;

namespace Personalization.Engine.Predictions;

/// <summary>
/// Puts predicted scores and the discovered cluster on a profile, where segment conditions read them.
/// </summary>
public static class ProfileScores
{
    /// <summary>Returns the profile with a customer's churn probability and 90-day value, stamped with the model version.</summary>
    public static CustomerProfileState WithScores(CustomerProfileState state, CustomerScore score, string modelVersion)
    {
        if (score.CustomerId != state.CustomerId)
            throw new ArgumentException($"the score is for customer {score.CustomerId}, the profile for {state.CustomerId}", nameof(score));
        return state with
        {
            ChurnProbability = Math.Clamp(score.ChurnProbability, 0f, 1f),
            ExpectedValue90 = decimal.Round((decimal)Math.Max(0f, score.ExpectedValue90), 2),
            ScoresModelVersion = modelVersion
        };
    }

    /// <summary>Returns the profile with its discovered cluster (null clears it).</summary>
    public static CustomerProfileState WithCluster(CustomerProfileState state, string cluster) => state with { Cluster = cluster };
}
