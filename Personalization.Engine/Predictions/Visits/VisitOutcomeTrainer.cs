namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// Trains the visit outcome model on finished visits: one visit in four (by position hash) is held out for the
/// quality figures, one in four of the rest calibrates.
/// </summary>
public static class VisitOutcomeTrainer
{
    /// <summary>Trains logistic regression (served) and, when asked, FastTree (compared only).</summary>
    public static VisitOutcomeReport Train(IReadOnlyList<VisitSession> sessions, VisitGoal goal, string version, DateTime trainedUtc, bool compareFastTree = true, int seed = 1)
    {
        var all = VisitFeatures.Examples(sessions, goal);
        var test = all.Where(i => Bucket(all.Keys[i], seed) == 0);
        var train = all.Where(i => Bucket(all.Keys[i], seed) != 0);
        var fit = train.Where(i => Bucket(train.Keys[i], seed + 1) != 0);
        var calibration = train.Where(i => Bucket(train.Keys[i], seed + 1) == 0);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var model = Calibrated(fit, calibration, ModelAlgorithm.LogisticRegression, version, trainedUtc, seed);
        watch.Stop();
        var quality = ModelQuality.Of(ChurnTrainer.LogisticName, model.Probabilities(test.Rows), test.Labels, watch.Elapsed.TotalSeconds);

        ModelQuality fastTree = null;
        if (compareFastTree)
        {
            watch.Restart();
            var trees = Calibrated(fit, calibration, ModelAlgorithm.FastTree, version, trainedUtc, seed);
            watch.Stop();
            fastTree = ModelQuality.Of(ChurnTrainer.FastTreeName, trees.Probabilities(test.Rows), test.Labels, watch.Elapsed.TotalSeconds);
        }

        return new VisitOutcomeReport(goal, model, new VisitScorer(model.ToLinearScorer()), quality, fastTree, train.Count, test.Count);
    }

    static TabularModel Calibrated(FeatureTable fit, FeatureTable calibration, ModelAlgorithm algorithm, string version, DateTime trainedUtc, int seed)
    {
        var model = TabularModel.Train(fit, algorithm, "visit-outcome", version, trainedUtc, seed);
        return model.WithCalibration(PlattScaling.Fit(model.Scores(calibration.Rows), calibration.Labels));
    }

    static int Bucket(int key, int seed) => (int)((uint)(key * 2654435761u + (uint)seed * 40503u) % 4);
}
