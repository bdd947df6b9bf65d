using System.Diagnostics;
using Personalization.Engine.Customers;

namespace Personalization.Engine.Predictions;

/// <summary>
/// Trains and measures churn ("no order in the next N days") and 90-day value models with a leakage-free temporal protocol.
/// </summary>
/// <remarks>
/// The test cut is the history's end minus the horizon, so its labels are complete. Training rows come from
/// <see cref="ChurnOptions.TrainSnapshots"/> earlier cuts whose label windows all end on or before the test cut: no
/// training feature or label looks past it. One customer in five (by id) is held out of fitting and calibrates the
/// scores (Platt). FastTree and logistic regression are measured on the test cut in the same run with the recency
/// heuristic, the better AUC is chosen, and it is refitted on the same protocol shifted one horizon later (up to the
/// history's end) to score every customer today. The 90-day value model follows the same protocol with a 90-day
/// horizon whatever the churn horizon, so its windows end inside the history too.
/// </remarks>
public static class ChurnTrainer
{
    /// <summary>Gets the name of the logistic baseline in reports.</summary>
    public const string LogisticName = "Logistic regression";

    /// <summary>Gets the name of FastTree in reports.</summary>
    public const string FastTreeName = "FastTree";

    /// <summary>Days the expected value is forecast for.</summary>
    public const int ValueDays = 90;

    /// <summary>Gets the name of the heuristic in reports.</summary>
    public const string HeuristicName = "Recency heuristic";

    /// <summary>Runs the protocol; <paramref name="progress"/> gets 0..1 as steps finish.</summary>
    public static ChurnReport Run(IReadOnlyList<CustomerOrder> orders, ChurnOptions options, string version, IProgress<double> progress = null)
    {
        var end = CustomerFeatures.HistoryEnd(orders).Date.AddDays(1);
        var start = orders.Count > 0 ? orders.Min(o => o.PlacedUtc) : end;
        var testCut = end.AddDays(-options.HorizonDays);
        var trainCuts = TrainCuts(testCut, options);
        var test = CustomerFeatures.Build(orders, testCut, options.HorizonDays);
        var current = CustomerFeatures.Build(orders, end, options.HorizonDays);

        var reason = trainCuts[0].AddDays(-options.MinHistoryDays) < start
            ? $"history of {(end - start).TotalDays:0} days is shorter than the {options.MinHistoryDays + options.HorizonDays * 2 + options.SnapshotStepDays * (options.TrainSnapshots - 1)} days the protocol needs"
            : null;
        var train = reason == null ? Snapshots(orders, trainCuts, options) : null;
        if (reason == null)
            reason = TooSmall(train, options);

        var heuristic = test.Count > 0 ? ModelQuality.Of(HeuristicName, RecencyChurnHeuristic.Probabilities(test), test.Labels, 0) : null;
        if (reason != null)
        {
            var fallbackScores = Scores(current, RecencyChurnHeuristic.Probabilities(current), null);
            return new ChurnReport(false, reason, options.HorizonDays, trainCuts, testCut, train?.Count ?? 0, test.Count, test.PositiveRate,
                heuristic != null ? [heuristic] : [], heuristic, [], null, null, null, end, fallbackScores, 0);
        }

        progress?.Report(0.1);
        var (fastTree, fastTreeQuality) = TrainCalibratedIfAvailable(train, test, ModelAlgorithm.FastTree, FastTreeName, version, end, options);
        progress?.Report(0.35);
        var (logistic, logisticQuality) = TrainCalibrated(train, test, ModelAlgorithm.LogisticRegression, LogisticName, version, end, options);
        progress?.Report(0.5);
        var chosenIsTree = fastTreeQuality != null && fastTreeQuality.Auc >= logisticQuality.Auc;
        var chosenModel = chosenIsTree ? fastTree : logistic;
        var importance = PermutationImportance.ForAuc(chosenModel, test, options.Seed);
        progress?.Report(0.6);

        //the value model has its own 90-day protocol, so that no value window runs past its test cut or the history
        var valueOptions = options with { HorizonDays = ValueDays };
        var sameWindows = options.HorizonDays == ValueDays;
        var valueTrain = sameWindows ? train : Snapshots(orders, TrainCuts(end.AddDays(-ValueDays), valueOptions), valueOptions);
        var valueTest = sameWindows ? test : CustomerFeatures.Build(orders, end.AddDays(-ValueDays), ValueDays);
        ValueQuality value = null;
        if (fastTree != null && valueTrain.Count > 0 && valueTest.Count > 0)
        {
            var valueWatch = Stopwatch.StartNew();
            var valueModel = TabularModel.Train(valueTrain, ModelAlgorithm.FastTreeRegression, "value-90d", version, end, options.Seed);
            valueWatch.Stop();
            value = ValueQualityOf(valueModel, valueTest, valueWatch.Elapsed.TotalSeconds);
        }

        progress?.Report(0.7);

        //refit on the protocol shifted one horizon later: labels up to the end of the history
        var latest = Snapshots(orders, TrainCuts(end, options), options);
        var algorithm = chosenIsTree ? ModelAlgorithm.FastTree : ModelAlgorithm.LogisticRegression;
        var production = Calibrated(latest, algorithm, version, end, options);
        progress?.Report(0.85);
        var latestValue = sameWindows ? latest : Snapshots(orders, TrainCuts(end, valueOptions), valueOptions);
        var productionValue = value != null ? TabularModel.Train(latestValue, ModelAlgorithm.FastTreeRegression, "value-90d", version, end, options.Seed) : null;
        var scoring = Stopwatch.StartNew();
        var scores = Scores(current, production.Probabilities(current.Rows), productionValue?.Scores(current.Rows));
        scoring.Stop();
        progress?.Report(1);

        return new ChurnReport(true, null, options.HorizonDays, trainCuts, testCut, train.Count, test.Count, test.PositiveRate,
            fastTreeQuality != null ? [fastTreeQuality, logisticQuality, heuristic] : [logisticQuality, heuristic], chosenIsTree ? fastTreeQuality : logisticQuality, importance, value,
            production, productionValue, end, scores, scoring.Elapsed.TotalSeconds);
    }

    /// <summary>Training cuts for a test cut: the latest one a full horizon before it, then every step earlier.</summary>
    public static DateTime[] TrainCuts(DateTime testCut, ChurnOptions options)
    {
        var cuts = new DateTime[options.TrainSnapshots];
        for (var k = 0; k < cuts.Length; k++)
            cuts[cuts.Length - 1 - k] = testCut.AddDays(-options.HorizonDays - k * options.SnapshotStepDays);
        return cuts;
    }

    static FeatureTable Snapshots(IReadOnlyList<CustomerOrder> orders, DateTime[] cuts, ChurnOptions options) =>
        FeatureTable.Concat(CustomerFeatures.Names, cuts.Select(cut => CustomerFeatures.Build(orders, cut, options.HorizonDays)));

    static string TooSmall(FeatureTable train, ChurnOptions options)
    {
        var positives = train.Labels.Count(l => l);
        var negatives = train.Count - positives;
        if (train.Count < options.MinCustomers)
            return $"{train.Count} training rows, fewer than the {options.MinCustomers} needed";
        if (positives < options.MinPerClass || negatives < options.MinPerClass)
            return $"{positives} churned and {negatives} retained training rows; each needs {options.MinPerClass}";
        return null;
    }

    static (TabularModel Model, ModelQuality Quality) TrainCalibrated(FeatureTable train, FeatureTable test, ModelAlgorithm algorithm, string name,
        string version, DateTime trainedUtc, ChurnOptions options)
    {
        var watch = Stopwatch.StartNew();
        var model = Calibrated(train, algorithm, version, trainedUtc, options);
        watch.Stop();
        return (model, ModelQuality.Of(name, model.Probabilities(test.Rows), test.Labels, watch.Elapsed.TotalSeconds));
    }

    // FastTree needs its native library to train; where the platform has none (e.g. macOS on arm64) the logistic
    // baseline serves alone and the 90-day value model is left out.
    static (TabularModel Model, ModelQuality Quality) TrainCalibratedIfAvailable(FeatureTable train, FeatureTable test, ModelAlgorithm algorithm, string name,
        string version, DateTime trainedUtc, ChurnOptions options)
    {
        try
        {
            return TrainCalibrated(train, test, algorithm, name, version, trainedUtc, options);
        }
        catch (DllNotFoundException)
        {
            return (null, null);
        }
    }

    static TabularModel Calibrated(FeatureTable train, ModelAlgorithm algorithm, string version, DateTime trainedUtc, ChurnOptions options)
    {
        var fit = train.Where(i => !Fold(train.Keys[i], options.Seed));
        var calibration = train.Where(i => Fold(train.Keys[i], options.Seed));
        var model = TabularModel.Train(fit, algorithm, "churn", version, trainedUtc, options.Seed);
        return model.WithCalibration(PlattScaling.Fit(model.Scores(calibration.Rows), calibration.Labels));
    }

    /// <summary>Whether a customer is in the calibration fold: one in five, by a hash of the id and the seed.</summary>
    public static bool Fold(int customerId, int seed) => (uint)(customerId * 2654435761u + (uint)seed * 40503u) % 5 == 0;

    static ValueQuality ValueQualityOf(TabularModel model, FeatureTable test, double seconds)
    {
        var predicted = model.Scores(test.Rows);
        var naiveColumn = ((IList<string>)CustomerFeatures.Names).IndexOf("log spent last 90 days");
        double modelAbs = 0, naiveAbs = 0, modelSq = 0, naiveSq = 0, actual = 0;
        for (var i = 0; i < test.Count; i++)
        {
            var truth = test.Targets[i];
            var naive = Math.Exp(test.Rows[i][naiveColumn]) - 1;
            var forecast = Math.Max(0, predicted[i]);
            modelAbs += Math.Abs(forecast - truth);
            naiveAbs += Math.Abs(naive - truth);
            modelSq += (forecast - truth) * (forecast - truth);
            naiveSq += (naive - truth) * (naive - truth);
            actual += truth;
        }

        var n = Math.Max(1, test.Count);
        return new ValueQuality(test.Count, modelAbs / n, naiveAbs / n, Math.Sqrt(modelSq / n), Math.Sqrt(naiveSq / n), actual / n, seconds);
    }

    static List<CustomerScore> Scores(FeatureTable rows, float[] churn, float[] value)
    {
        var scores = new List<CustomerScore>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
            scores.Add(new CustomerScore(rows.Keys[i], churn[i], value == null ? 0f : Math.Max(0f, value[i])));
        return scores;
    }
}
