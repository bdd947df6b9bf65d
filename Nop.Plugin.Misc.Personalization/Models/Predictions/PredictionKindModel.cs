using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Predictions;

/// <summary>
/// Represents one prediction model on the predictions page: the version in use, its quality and the older versions
/// </summary>
public record PredictionKindModel : BaseNopModel
{
    public string Kind { get; set; }

    public string Title { get; set; }

    public string Description { get; set; }

    public bool Trained { get; set; }

    public string Algorithm { get; set; }

    public bool IsHeuristic { get; set; }

    public string HeuristicText { get; set; }

    public int Version { get; set; }

    public DateTime? TrainedOnUtc { get; set; }

    public int TrainingRows { get; set; }

    public double? Auc { get; set; }

    public double? LogLoss { get; set; }

    public double? Brier { get; set; }

    public double? ValueMae { get; set; }

    public double? NaiveValueMae { get; set; }

    public int TestRows { get; set; }

    public string Goal { get; set; }

    public double? BaseRate { get; set; }

    public IList<CalibrationPointModel> Calibration { get; set; } = new List<CalibrationPointModel>();

    public IList<FeatureImportanceModel> TopFeatures { get; set; } = new List<FeatureImportanceModel>();

    public IList<PredictorQualityModel> Candidates { get; set; } = new List<PredictorQualityModel>();

    public IList<ModelVersionModel> Versions { get; set; } = new List<ModelVersionModel>();
}
