namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// What an experiment's results allow the merchant to conclude.
/// </summary>
public enum VerdictKind
{
    /// <summary>Too few visitors or conversions to say anything.</summary>
    NotEnoughData = 0,

    /// <summary>The arms' sizes do not match the configured split: the data are not to be trusted.</summary>
    SampleRatioMismatch = 1,

    /// <summary>A variant beats control with sequential confidence.</summary>
    Winner = 2,

    /// <summary>A variant is probably better, not yet with sequential confidence.</summary>
    LikelyWinner = 3,

    /// <summary>Control beats the best variant with sequential confidence.</summary>
    Loser = 4,

    /// <summary>Even the best variant is probably worse than control, not yet with sequential confidence.</summary>
    LikelyLoser = 5,

    /// <summary>No variant is clearly better or worse yet.</summary>
    NoClearDifference = 6
}
