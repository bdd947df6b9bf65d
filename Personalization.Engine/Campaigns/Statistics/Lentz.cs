namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// One step of the modified Lentz method for continued fractions b0 + a1/(b1 + a2/(b2 + ...)) (Press et al.,
/// Numerical Recipes, 3rd ed., section 5.2), shared by the incomplete gamma and beta functions.
/// </summary>
static class Lentz
{
    /// <summary>What stands in for a zero denominator.</summary>
    public const double Tiny = 1e-300;

    /// <summary>Gets the value, or <see cref="Tiny"/> when it is (nearly) zero.</summary>
    public static double NonZero(double value) => Math.Abs(value) < Tiny ? Tiny : value;

    /// <summary>Advances C and D by the next term aₙ/bₙ and returns the factor Cₙ·Dₙ the fraction's value is multiplied by.</summary>
    public static double Step(double a, double b, ref double c, ref double d)
    {
        d = 1 / NonZero(b + a * d);
        c = NonZero(b + a / c);
        return c * d;
    }
}
