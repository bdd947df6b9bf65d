using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// One trained version of a prediction model (or of the segment discovery): its quality and its ML.NET bytes, stored in
/// the database so that every web-farm node loads the same model. It holds no customer data.
/// </summary>
public class PredictionModel : BaseEntity
{
    /// <summary>Gets or sets what the model predicts (Services.Predictions.PredictionModelKinds: churn, value90, visitOutcome-purchase...).</summary>
    public string Kind { get; set; }

    /// <summary>Gets or sets the version of the kind, counting up from 1 with each training.</summary>
    public int Version { get; set; }

    /// <summary>Gets or sets the trainer: FastTree, logistic, heuristic or k-means.</summary>
    public string Algorithm { get; set; }

    /// <summary>Gets or sets when the model was trained (UTC).</summary>
    public DateTime TrainedOnUtc { get; set; }

    /// <summary>Gets or sets how many rows the model was trained on (customer snapshots, visit prefixes or customers clustered).</summary>
    public int TrainingRows { get; set; }

    /// <summary>Gets or sets the quality as JSON: AUC, log loss, calibration bins, top features, or why a heuristic is in use.</summary>
    public string QualityJson { get; set; }

    /// <summary>Gets or sets the model as the engine saves it; null for a heuristic and for the segment discovery.</summary>
    public byte[] ModelBytes { get; set; }

    /// <summary>Gets or sets whether this version is the one in use for its kind.</summary>
    public bool IsCurrent { get; set; }
}
