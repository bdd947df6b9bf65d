namespace Personalization.Engine.Campaigns.Statistics;

/// <summary>
/// Analyses an experiment from its aggregates: each arm's rates, each variant against control, the sample-ratio
/// check, the sequential test over the daily looks and the verdict.
/// </summary>
/// <remarks>
/// The work grows with arms × days, not with visitors: a campaign with a million exposures costs the same as one with
/// a thousand. With several variants the sequential test runs at α / (number of variants) (Bonferroni), so that
/// "some variant won" keeps its 5 % error rate.
/// </remarks>
public static class ExperimentAnalysis
{
    /// <summary>Analyses an experiment.</summary>
    /// <param name="control">Control's aggregates.</param>
    /// <param name="variants">Each variant's aggregates, the daily arrays as long as control's.</param>
    /// <param name="options">How to judge; <see cref="ExperimentOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The aggregates contradict themselves (more conversions than visitors, daily series of different lengths).</exception>
    public static ExperimentReport Analyze(ExperimentArm control, IReadOnlyList<ExperimentArm> variants, ExperimentOptions options = null)
    {
        ArgumentNullException.ThrowIfNull(control);
        ArgumentNullException.ThrowIfNull(variants);
        options ??= ExperimentOptions.Default;
        Check(control, control.DailyVisitors.Length);
        foreach (var variant in variants)
            Check(variant, control.DailyVisitors.Length);

        var days = control.DailyVisitors.Length;
        var alpha = (1 - options.Confidence) / Math.Max(1, variants.Count);
        var mixtureVariance = options.MixtureStandardDeviation * options.MixtureStandardDeviation;
        var controlVisitors = Cumulative(control.DailyVisitors, control.Visitors);
        var controlConversions = Cumulative(control.DailyConversions, control.Conversions);
        var controlPerDay = RecentAverage(control.DailyVisitors, options.TrafficDays);

        var controlResult = Arm(control, options.Confidence);
        var results = new VariantResult[variants.Count];
        Span<long> observed = variants.Count < 64 ? stackalloc long[variants.Count + 1] : new long[variants.Count + 1];
        Span<double> shares = variants.Count < 64 ? stackalloc double[variants.Count + 1] : new double[variants.Count + 1];
        observed[0] = control.Visitors;
        shares[0] = control.ExpectedShare;
        var visitorsPerDay = controlPerDay;
        for (var i = 0; i < variants.Count; i++)
        {
            var v = variants[i];
            observed[i + 1] = v.Visitors;
            shares[i + 1] = v.ExpectedShare;
            var variantPerDay = RecentAverage(v.DailyVisitors, options.TrafficDays);
            visitorsPerDay += variantPerDay;
            var sequential = MixtureSequentialTest.AlwaysValidPValue(controlVisitors, controlConversions,
                Cumulative(v.DailyVisitors, v.Visitors), Cumulative(v.DailyConversions, v.Conversions), mixtureVariance, options.MinimumVisitorsPerArm);
            var revenue = WelchInterval.Difference(control.Visitors, control.Revenue, control.RevenueSquares, v.Visitors, v.Revenue, v.RevenueSquares, options.Confidence);
            results[i] = new VariantResult
            {
                Arm = Arm(v, options.Confidence),
                AbsoluteUplift = ProportionComparison.AbsoluteUplift(control.Conversions, control.Visitors, v.Conversions, v.Visitors, options.Confidence),
                RelativeUplift = ProportionComparison.RelativeUplift(control.Conversions, control.Visitors, v.Conversions, v.Visitors, options.Confidence),
                ZScore = ProportionComparison.ZScore(control.Conversions, control.Visitors, v.Conversions, v.Visitors),
                PValue = ProportionComparison.PValue(control.Conversions, control.Visitors, v.Conversions, v.Visitors),
                ProbabilityToBeatControl = BetaComparison.ProbabilityToBeat(control.Conversions, control.Visitors, v.Conversions, v.Visitors),
                SequentialPValue = sequential,
                SignificantSequentially = sequential < alpha,
                RevenuePerVisitorUplift = revenue.Difference,
                RevenuePValue = revenue.PValue,
                DaysToSignificance = sequential < alpha ? 0 : MixtureSequentialTest.DaysToSignificance(control.Conversions, control.Visitors, v.Conversions, v.Visitors,
                    controlPerDay, variantPerDay, alpha, mixtureVariance, options.MaxForecastDays)
            };
        }

        var (_, srmPValue) = SampleRatioCheck.Test(observed, shares);
        var mismatch = srmPValue < options.SampleRatioThreshold;
        var verdict = ExperimentVerdicts.Judge(controlResult, results, mismatch, srmPValue, options);
        return new ExperimentReport(controlResult, results, srmPValue, mismatch, days == 0 ? 0 : visitorsPerDay, verdict);
    }

    static ArmResult Arm(ExperimentArm arm, double confidence) => new(arm.VariantId, arm.Name, arm.Visitors, arm.Conversions,
        WilsonInterval.Compute(arm.Conversions, arm.Visitors, confidence), WelchInterval.Mean(arm.Visitors, arm.Revenue, arm.RevenueSquares, confidence));

    static void Check(ExperimentArm arm, int days)
    {
        if (arm.Visitors < 0 || arm.Conversions < 0 || arm.Conversions > arm.Visitors)
            throw new ArgumentException($"Arm '{arm.Name}' has {arm.Conversions} conversions for {arm.Visitors} visitors.");
        if (arm.DailyVisitors.Length != days || arm.DailyConversions.Length != days)
            throw new ArgumentException($"Arm '{arm.Name}' has {arm.DailyVisitors.Length} days of visitors and {arm.DailyConversions.Length} of conversions; control has {days}.");
    }

    //cumulative totals at the end of each day; without daily data, one look at the totals
    static long[] Cumulative(long[] daily, long total)
    {
        if (daily.Length == 0)
            return [total];
        var result = new long[daily.Length];
        long sum = 0;
        for (var i = 0; i < daily.Length; i++)
            result[i] = sum += daily[i];
        return result;
    }

    static double RecentAverage(long[] daily, int days)
    {
        if (daily.Length == 0)
            return 0;
        var count = Math.Min(days, daily.Length);
        double sum = 0;
        for (var i = daily.Length - count; i < daily.Length; i++)
            sum += daily[i];
        return sum / count;
    }
}
