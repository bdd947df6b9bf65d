namespace Personalization.Engine.Predictions;

/// <summary>
/// How much a model's quality drops when one feature's column is shuffled.
/// </summary>
public sealed record FeatureImportance(string Feature, double Drop);
