using System.Globalization;

namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// Turns an experiment's figures into its verdict: a kind, the figures and one sentence in plain words.
/// </summary>
public static class ExperimentVerdicts
{
    /// <summary>Judges the figures.</summary>
    public static ExperimentVerdict Judge(ArmResult control, IReadOnlyList<VariantResult> variants, bool sampleRatioMismatch, double sampleRatioPValue, ExperimentOptions options)
    {
        var confidence = (options.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        if (variants.Count == 0)
            return new ExperimentVerdict(VerdictKind.NotEnoughData, null, 0, 0, null, "Not enough data yet: the campaign has no variant to compare with control.");
        if (sampleRatioMismatch)
            return new ExperimentVerdict(VerdictKind.SampleRatioMismatch, null, 0, 0, null,
                $"Sample ratio mismatch detected: the visitors per arm ({Counts(control, variants)}) do not match the configured split (p = {sampleRatioPValue.ToString("0.####", CultureInfo.InvariantCulture)}); " +
                "don't trust these results until exposures are recorded for every arm alike.");

        var fewest = control.Visitors;
        long conversions = control.Conversions;
        foreach (var variant in variants)
        {
            fewest = Math.Min(fewest, variant.Arm.Visitors);
            conversions += variant.Arm.Conversions;
        }

        if (fewest < options.MinimumVisitorsPerArm || conversions < options.MinimumConversions)
            return new ExperimentVerdict(VerdictKind.NotEnoughData, null, 0, 0, null,
                $"Not enough data yet: {Counts(control, variants)} visitors and {conversions.ToString("N0", CultureInfo.InvariantCulture)} conversions; " +
                $"each arm needs {options.MinimumVisitorsPerArm.ToString("N0", CultureInfo.InvariantCulture)} visitors and all together {options.MinimumConversions.ToString("N0", CultureInfo.InvariantCulture)} conversions.");

        VariantResult confirmed = null;
        VariantResult best = variants[0];
        foreach (var variant in variants)
        {
            if (variant.SignificantSequentially && variant.AbsoluteUplift.Estimate > 0 && (confirmed == null || variant.AbsoluteUplift.Estimate > confirmed.AbsoluteUplift.Estimate))
                confirmed = variant;
            if (variant.ProbabilityToBeatControl > best.ProbabilityToBeatControl)
                best = variant;
        }

        if (confirmed != null)
            return Verdict(VerdictKind.Winner, confirmed, $"{Name(confirmed)} beats control: {Uplift(confirmed)}, {Probability(confirmed)} probability, confirmed with {confidence} sequential confidence.");
        var days = best.DaysToSignificance;
        if (best.ProbabilityToBeatControl >= options.ProbabilityThreshold)
            return Verdict(VerdictKind.LikelyWinner, best, $"{Name(best)} beats control: {Uplift(best)}, {Probability(best)} probability, {KeepRunning(days, options, confidence)}.");
        if (best.ProbabilityToBeatControl <= 1 - options.ProbabilityThreshold)
        {
            var subject = variants.Count == 1 ? Name(best) : $"Even the best variant, {best.Arm.Name},";
            return best.SignificantSequentially
                ? Verdict(VerdictKind.Loser, best, $"{subject} loses to control: {Uplift(best)}, {Probability(best)} probability to beat it, confirmed with {confidence} sequential confidence; stop it or change the copy.")
                : Verdict(VerdictKind.LikelyLoser, best, $"{subject} is losing to control: {Uplift(best)}, {Probability(best)} probability to beat it; {KeepRunning(days, options, confidence)}, or stop it.");
        }

        var forecast = days is { } d
            ? $"if the difference holds, about {Days(d, "more ")} at this traffic would confirm it with {confidence} sequential confidence"
            : $"a difference this small would take more than {Days(options.MaxForecastDays)} at this traffic to confirm";
        return Verdict(VerdictKind.NoClearDifference, best, $"No clear winner yet: {Name(best)} is at {Uplift(best)}, {Probability(best)} probability to beat control; {forecast}.");
    }

    static ExperimentVerdict Verdict(VerdictKind kind, VariantResult variant, string text) =>
        new(kind, variant.Arm.Name, variant.AbsoluteUplift.Estimate * 100, variant.ProbabilityToBeatControl, variant.DaysToSignificance, text);

    static string KeepRunning(int? days, ExperimentOptions options, string confidence) => days is { } d
        ? $"keep running about {Days(Math.Max(1, d), "more ")} for {confidence} sequential confidence"
        : $"at this traffic {confidence} sequential confidence is more than {Days(options.MaxForecastDays)} away";

    static string Name(VariantResult variant) => "Variant " + variant.Arm.Name;

    static string Uplift(VariantResult variant)
    {
        var points = variant.AbsoluteUplift.Estimate * 100;
        return (points >= 0 ? "+" : "−") + Math.Abs(points).ToString("0.0", CultureInfo.InvariantCulture) + " pts conversion";
    }

    //a probability shown as 100 % or 0 % would read as certainty; stop at 99 % and 1 %
    static string Probability(VariantResult variant) =>
        Math.Clamp(Math.Round(variant.ProbabilityToBeatControl * 100), 1, 99).ToString("0", CultureInfo.InvariantCulture) + "%";

    static string Days(int days, string qualifier = "") => days == 1 ? $"1 {qualifier}day" : $"{days.ToString("N0", CultureInfo.InvariantCulture)} {qualifier}days";

    static string Counts(ArmResult control, IReadOnlyList<VariantResult> variants) =>
        string.Join(", ", new[] { $"{control.Name} {control.Visitors.ToString("N0", CultureInfo.InvariantCulture)}" }
            .Concat(variants.Select(v => $"{v.Arm.Name} {v.Arm.Visitors.ToString("N0", CultureInfo.InvariantCulture)}")));
}
