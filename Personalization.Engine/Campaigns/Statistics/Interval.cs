namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// A confidence interval around an estimate.
/// </summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
public readonly record struct Interval(double Estimate, double Lower, double Upper)
{
    /// <summary>Gets whether the interval lies wholly above zero.</summary>
    public bool AboveZero => Lower > 0;

    /// <summary>Gets whether the interval lies wholly below zero.</summary>
    public bool BelowZero => Upper < 0;
}
