namespace Personalization.Engine.Predictions;

/// <summary>
/// A binary predictor's quality on the test cut: AUC, Brier score, log loss, calibration error and reliability bins.
/// </summary>
/// <param name="Name">"FastTree", "Logistic regression" or the heuristic's name.</param>
/// <param name="Auc">ROC AUC.</param>
/// <param name="Brier">Brier score of the calibrated probabilities.</param>
/// <param name="LogLoss">Mean log loss of the calibrated probabilities.</param>
/// <param name="CalibrationError">Size-weighted mean |predicted - observed| over the bins.</param>
/// <param name="Bins">Reliability bins.</param>
/// <param name="TrainSeconds">Training time (0 for the heuristic).</param>
public sealed record ModelQuality(string Name, double Auc, double Brier, double LogLoss, double CalibrationError, IReadOnlyList<CalibrationBin> Bins, double TrainSeconds)
{
    /// <summary>Measures probabilities against labels.</summary>
    public static ModelQuality Of(string name, float[] probabilities, bool[] labels, double trainSeconds)
    {
        var bins = BinaryMetrics.Calibration(probabilities, labels);
        return new ModelQuality(name, BinaryMetrics.Auc(probabilities, labels), BinaryMetrics.Brier(probabilities, labels), BinaryMetrics.LogLoss(probabilities, labels),
            BinaryMetrics.CalibrationError(bins), bins, trainSeconds);
    }
}
