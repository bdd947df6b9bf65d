namespace Personalization.Engine.Predictions;

/// <summary>
/// The row ML.NET reads and writes: a feature vector with a label and a target, and the scores it adds.
/// </summary>
public sealed class MlFeatureRow
{
    /// <summary>Gets or sets the feature vector.</summary>
    public float[] Features { get; set; }

    /// <summary>Gets or sets the binary label.</summary>
    public bool Label { get; set; }

    /// <summary>Gets or sets the numeric target.</summary>
    public float Target { get; set; }
}
