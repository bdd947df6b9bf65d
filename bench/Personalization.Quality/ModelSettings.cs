using Personalization.Engine.Recommendations;

namespace Personalization.Quality;

/// <summary>
/// Parameters of every model in a run; the defaults are the ones chosen on the validation split of the train period.
/// </summary>
public sealed record ModelSettings(
    float EaseLambda = 200f,
    int EaseMaxItems = 3000,
    AlsOptions Als = null,
    int KnnNeighbors = 50,
    float KnnShrink = 0f,
    double TrendingHalfLifeDays = 30,
    double BuyAgainHalfLifeDays = 60,
    int BlendBuyAgainSlots = 10)
{
    /// <summary>Gets the ALS options in use.</summary>
    public AlsOptions AlsOptions => Als ?? new AlsOptions(Alpha: 5f);
}
