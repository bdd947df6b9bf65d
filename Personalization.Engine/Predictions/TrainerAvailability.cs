namespace Personalization.Engine.Predictions;

/// <summary>
/// Which trainers work in this process: each one fitted once on a tiny generated table (FastTree needs its native
/// library; logistic regression and k-means are managed). The plugin can run it after install and say what it found.
/// </summary>
/// <param name="FastTree">Whether FastTree trained.</param>
/// <param name="LogisticRegression">Whether logistic regression trained.</param>
/// <param name="KMeans">Whether k-means trained.</param>
/// <param name="Problems">What failed, one line per trainer; empty when all work.</param>
public sealed record TrainerAvailability(bool FastTree, bool LogisticRegression, bool KMeans, IReadOnlyList<string> Problems)
{
    /// <summary>Fits each trainer once (well under a second) and reports which ones work.</summary>
    public static TrainerAvailability Check()
    {
        var random = new Random(1);
        var rows = new float[200][];
        var labels = new bool[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = [(float)random.NextDouble(), (float)random.NextDouble()];
            labels[i] = rows[i][0] + 0.2 * random.NextDouble() > 0.6;
        }

        var table = new FeatureTable(["x", "y"], Enumerable.Range(0, rows.Length).ToArray(), rows, labels, new float[rows.Length]);
        var problems = new List<string>();
        var fastTree = Works("FastTree", () => TabularModel.Train(table, ModelAlgorithm.FastTree, "check", "check", DateTime.UtcNow).Scores(rows), problems);
        var logistic = Works("Logistic regression", () => TabularModel.Train(table, ModelAlgorithm.LogisticRegression, "check", "check", DateTime.UtcNow).Scores(rows), problems);
        var kMeans = Works("k-means", () => Clustering.SegmentDiscovery.KMeans(rows, 2, 1, restarts: 1), problems);
        return new TrainerAvailability(fastTree, logistic, kMeans, problems);
    }

    static bool Works(string name, Action train, List<string> problems)
    {
        try
        {
            train();
            return true;
        }
        //a diagnostic: whatever stops a trainer (a missing or wrong native library, often wrapped by ML.NET) is the answer
        catch (Exception e)
        {
            problems.Add($"{name}: {e.GetType().Name}: {e.Message}");
            return false;
        }
    }
}
