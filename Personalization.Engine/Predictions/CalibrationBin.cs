namespace Personalization.Engine.Predictions;

/// <summary>
/// One bin of a reliability diagram: predictions in [From, To), their mean and the observed rate.
/// </summary>
public sealed record CalibrationBin(double From, double To, int Count, double MeanPredicted, double Observed);
