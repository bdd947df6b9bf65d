namespace Personalization.Engine.Predictions;

/// <summary>
/// Error of the expected-value model against the naive forecast "the next 90 days repeat the last 90".
/// </summary>
public sealed record ValueQuality(int Customers, double ModelMae, double NaiveMae, double ModelRmse, double NaiveRmse, double MeanActual, double TrainSeconds);
