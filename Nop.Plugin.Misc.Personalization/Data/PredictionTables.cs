namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table names and column sizes of the prediction models' storage.
/// </summary>
public static class PredictionTables
{
    /// <summary>Gets the table of trained model versions.</summary>
    public static string PredictionModel => PersonalizationDefaults.TablePrefix + "PredictionModel";

    /// <summary>Most characters of a model kind.</summary>
    public const int KindMaxLength = 50;

    /// <summary>Most characters of an algorithm name.</summary>
    public const int AlgorithmMaxLength = 50;
}
