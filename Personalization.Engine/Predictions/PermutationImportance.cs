namespace Personalization.Engine.Predictions;

/// <summary>
/// Permutation feature importance: the drop in AUC when one column of the evaluation rows is shuffled.
/// </summary>
public static class PermutationImportance
{
    /// <summary>Ranks the features of a binary model on evaluation rows, largest AUC drop first.</summary>
    public static List<FeatureImportance> ForAuc(TabularModel model, FeatureTable evaluation, int seed = 1)
    {
        var baseline = BinaryMetrics.Auc(model.Scores(evaluation.Rows), evaluation.Labels);
        var random = new Random(seed);
        var result = new List<FeatureImportance>();
        for (var j = 0; j < evaluation.Names.Count; j++)
        {
            var column = new float[evaluation.Count];
            for (var i = 0; i < column.Length; i++)
                column[i] = evaluation.Rows[i][j];
            random.Shuffle(column);
            var shuffled = new float[evaluation.Count][];
            for (var i = 0; i < shuffled.Length; i++)
            {
                shuffled[i] = (float[])evaluation.Rows[i].Clone();
                shuffled[i][j] = column[i];
            }

            result.Add(new FeatureImportance(evaluation.Names[j], baseline - BinaryMetrics.Auc(model.Scores(shuffled), evaluation.Labels)));
        }

        result.Sort((a, b) => b.Drop.CompareTo(a.Drop));
        return result;
    }
}
