namespace Personalization.Engine.Predictions;

/// <summary>
/// The ML.NET trainers a tabular model can use.
/// </summary>
public enum ModelAlgorithm
{
    /// <summary>FastTree gradient-boosted trees, binary (needs FastTree's native library to train).</summary>
    FastTree = 1,

    /// <summary>L-BFGS logistic regression on standardized features (managed only): the baseline.</summary>
    LogisticRegression = 2,

    /// <summary>FastTree gradient-boosted regression trees.</summary>
    FastTreeRegression = 3
}
