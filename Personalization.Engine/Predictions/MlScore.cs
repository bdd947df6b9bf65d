namespace Personalization.Engine.Predictions;

/// <summary>
/// The score column ML.NET's binary and regression trainers add.
/// </summary>
public sealed class MlScore
{
    /// <summary>Gets or sets the raw score (a logit for binary trainers, the prediction for regression).</summary>
    public float Score { get; set; }
}
