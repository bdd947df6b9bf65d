namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// The conclusion in plain words, with the figures it rests on so that a translation can say the same.
/// </summary>
/// <param name="Kind">What may be concluded.</param>
/// <param name="VariantName">The variant the sentence is about; null for <see cref="VerdictKind.NotEnoughData"/> and <see cref="VerdictKind.SampleRatioMismatch"/>.</param>
/// <param name="UpliftPoints">Its conversion rate minus control's in percentage points.</param>
/// <param name="Probability">Its probability to beat control (0-1).</param>
/// <param name="DaysLeft">Days still needed for sequential confidence at current traffic; null when not applicable or beyond the forecast horizon.</param>
/// <param name="Text">The sentence, in English.</param>
public sealed record ExperimentVerdict(VerdictKind Kind, string VariantName, double UpliftPoints, double Probability, int? DaysLeft, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
