namespace Personalization.Engine.Predictions;

/// <summary>
/// The churn protocol's settings.
/// </summary>
/// <param name="HorizonDays">Churn means no order in this many days after the cut.</param>
/// <param name="TrainSnapshots">Training cuts stacked before the test cut, each a full horizon earlier than the last label it may see.</param>
/// <param name="SnapshotStepDays">Days between training cuts.</param>
/// <param name="MinHistoryDays">History needed before the earliest training cut.</param>
/// <param name="MinCustomers">Fewest training rows for a trained model; fewer fall back to the heuristic.</param>
/// <param name="MinPerClass">Fewest churned and, separately, retained training rows.</param>
/// <param name="Seed">Fixes the calibration fold and ML.NET's randomness.</param>
public sealed record ChurnOptions(
    int HorizonDays = 90,
    int TrainSnapshots = 4,
    int SnapshotStepDays = 30,
    int MinHistoryDays = 60,
    int MinCustomers = 200,
    int MinPerClass = 20,
    int Seed = 1);
