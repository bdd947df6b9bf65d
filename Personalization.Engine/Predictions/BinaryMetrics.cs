namespace Personalization.Engine.Predictions;

/// <summary>
/// Quality measures of binary predictions: ROC AUC, Brier score and reliability bins.
/// </summary>
public static class BinaryMetrics
{
    /// <summary>
    /// Area under the ROC curve by the rank-sum formula (ties count one half); 0.5 when one class is absent.
    /// </summary>
    public static double Auc(ReadOnlySpan<float> scores, ReadOnlySpan<bool> labels)
    {
        var n = scores.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
            order[i] = i;
        var copy = scores.ToArray();
        Array.Sort(order, (a, b) => copy[a].CompareTo(copy[b]));

        double positiveRankSum = 0;
        long positives = 0;
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && copy[order[end + 1]] == copy[order[start]])
                end++;
            var rank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++)
            {
                if (labels[order[i]])
                {
                    positiveRankSum += rank;
                    positives++;
                }
            }

            start = end + 1;
        }

        var negatives = n - positives;
        if (positives == 0 || negatives == 0)
            return 0.5;
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    /// <summary>Mean squared difference between probabilities and outcomes (0 perfect, 0.25 a coin).</summary>
    public static double Brier(ReadOnlySpan<float> probabilities, ReadOnlySpan<bool> labels)
    {
        if (probabilities.Length == 0)
            return 0;
        double sum = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var d = probabilities[i] - (labels[i] ? 1.0 : 0.0);
            sum += d * d;
        }

        return sum / probabilities.Length;
    }

    /// <summary>
    /// Mean negative log-likelihood of the outcomes (0 perfect, 0.693 a coin); probabilities are clipped to
    /// [1e-15, 1 - 1e-15] so that one confident mistake costs a large but finite amount.
    /// </summary>
    public static double LogLoss(ReadOnlySpan<float> probabilities, ReadOnlySpan<bool> labels)
    {
        if (probabilities.Length == 0)
            return 0;
        double sum = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            var p = Math.Clamp((double)probabilities[i], 1e-15, 1 - 1e-15);
            sum -= labels[i] ? Math.Log(p) : Math.Log(1 - p);
        }

        return sum / probabilities.Length;
    }

    /// <summary>Equal-width reliability bins over [0, 1]; empty bins are left out.</summary>
    public static List<CalibrationBin> Calibration(ReadOnlySpan<float> probabilities, ReadOnlySpan<bool> labels, int bins = 10)
    {
        var count = new int[bins];
        var predicted = new double[bins];
        var observed = new double[bins];
        for (var i = 0; i < probabilities.Length; i++)
        {
            var b = Math.Clamp((int)(probabilities[i] * bins), 0, bins - 1);
            count[b]++;
            predicted[b] += probabilities[i];
            observed[b] += labels[i] ? 1 : 0;
        }

        var result = new List<CalibrationBin>();
        for (var b = 0; b < bins; b++)
        {
            if (count[b] > 0)
                result.Add(new CalibrationBin((double)b / bins, (double)(b + 1) / bins, count[b], predicted[b] / count[b], observed[b] / count[b]));
        }

        return result;
    }

    /// <summary>Mean absolute calibration error: the bins' |predicted - observed| weighted by their size.</summary>
    public static double CalibrationError(IReadOnlyList<CalibrationBin> bins)
    {
        double total = 0, weighted = 0;
        foreach (var bin in bins)
        {
            total += bin.Count;
            weighted += bin.Count * Math.Abs(bin.MeanPredicted - bin.Observed);
        }

        return total > 0 ? weighted / total : 0;
    }
}
