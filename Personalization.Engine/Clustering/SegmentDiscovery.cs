using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Personalization.Engine.Customers;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Clustering;

/// <summary>
/// Discovers customer groups with ML.NET k-means over category spend shares, price index and discount use, k chosen by silhouette.
/// </summary>
public static class SegmentDiscovery
{
    /// <summary>
    /// Runs discovery on customers' mixes: k-means for each k, the k with the best silhouette among those whose
    /// smallest cluster holds <see cref="SegmentDiscoveryOptions.MinClusterShare"/> of the customers, then the chosen k
    /// re-run with the stability seeds.
    /// </summary>
    public static SegmentDiscoveryReport Discover(CustomerMixes mixes, SegmentDiscoveryOptions options, IProgress<double> progress = null)
    {
        var points = Points(mixes, options);
        var watch = Stopwatch.StartNew();
        var candidates = new List<(int K, double Silhouette)>();
        var labelings = new Dictionary<int, int[]>();
        var maxK = Math.Min(options.MaxK, points.Length - 1);
        var steps = Math.Max(1, maxK - options.MinK + 1) + options.StabilitySeeds;
        var done = 0;
        for (var k = options.MinK; k <= maxK; k++)
        {
            var labels = KMeans(points, k, options.Seed, options.Restarts);
            labelings[k] = labels;
            candidates.Add((k, ClusterQuality.Silhouette(points, labels, options.SilhouetteSample, options.Seed)));
            progress?.Report((double)++done / steps);
        }

        if (candidates.Count == 0)
            throw new ArgumentException($"{points.Length} customers are too few to cluster", nameof(mixes));
        var minSize = options.MinClusterShare * points.Length;
        var eligible = candidates.Where(c => SmallestCluster(labelings[c.K], c.K) >= minSize).ToList();
        var best = (eligible.Count > 0 ? eligible : candidates).MaxBy(c => c.Silhouette);

        var runs = new List<int[]>();
        for (var s = 0; s < options.StabilitySeeds; s++)
        {
            runs.Add(s == 0 ? labelings[best.K] : KMeans(points, best.K, options.Seed + s, options.Restarts));
            progress?.Report((double)++done / steps);
        }

        double ariSum = 0;
        var pairs = 0;
        for (var a = 0; a < runs.Count; a++)
        {
            for (var b = a + 1; b < runs.Count; b++)
            {
                ariSum += ClusterQuality.AdjustedRandIndex(runs[a], runs[b]);
                pairs++;
            }
        }

        watch.Stop();
        var clusters = Describe(mixes, labelings[best.K], best.K);
        return new SegmentDiscoveryReport(candidates, best.K, best.Silhouette, pairs > 0 ? ariSum / pairs : 1, clusters, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The clustering space: each category share, then <see cref="SegmentDiscoveryOptions.PriceWeight"/> × log2 of
    /// the price index (clamped to ±1, so twice or half the median is the far end), then the weighted discount share.
    /// </summary>
    public static float[][] Points(CustomerMixes mixes, SegmentDiscoveryOptions options)
    {
        var width = mixes.Categories.Count + 2;
        var points = new float[mixes.Customers.Count][];
        for (var i = 0; i < points.Length; i++)
        {
            var mix = mixes.Customers[i];
            var point = new float[width];
            for (var c = 0; c < mix.Shares.Length; c++)
                point[c] = (float)mix.Shares[c];
            point[width - 2] = (float)(options.PriceWeight * Math.Clamp(Math.Log2(Math.Max(mix.PriceIndex, 1e-6)), -1, 1));
            point[width - 1] = (float)(options.DiscountWeight * mix.DiscountShare);
            points[i] = point;
        }

        return points;
    }

    /// <summary>Names a cluster from its price tier and up to two dominant categories ("Premium — Garden, Kitchen &amp; baking").</summary>
    public static string Name(PriceTier tier, IReadOnlyList<(string Category, double Share)> top)
    {
        var tierName = tier switch { PriceTier.Premium => "Premium", PriceTier.Budget => "Budget", _ => "Mid-range" };
        var categories = top.Count > 1 && top[1].Share >= 0.15 ? $"{top[0].Category}, {top[1].Category}" : top[0].Category;
        return $"{tierName} — {categories}";
    }

    /// <summary>
    /// K-means++ with ML.NET, best of <paramref name="restarts"/> initializations by within-cluster squared distance
    /// (one k-means++ draw alone often lands in a poor local optimum); returns 0-based labels.
    /// </summary>
    public static int[] KMeans(float[][] points, int k, int seed, int restarts = 5)
    {
        int[] best = null;
        var bestInertia = double.MaxValue;
        for (var r = 0; r < restarts; r++)
        {
            var (labels, inertia) = KMeansOnce(points, k, seed * 7919 + r);
            if (inertia < bestInertia)
            {
                best = labels;
                bestInertia = inertia;
            }
        }

        return best;
    }

    static (int[] Labels, double Inertia) KMeansOnce(float[][] points, int k, int seed)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Point));
        schema[nameof(Point.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, points[0].Length);
        var view = ml.Data.LoadFromEnumerable(points.Select(p => new Point { Features = p }), schema);
        var model = ml.Clustering.Trainers.KMeans(new KMeansTrainer.Options
        {
            NumberOfClusters = k,
            InitializationAlgorithm = KMeansTrainer.InitializationAlgorithm.KMeansPlusPlus,
            MaximumNumberOfIterations = 300,
            NumberOfThreads = 1
        }).Fit(view);
        var scored = model.Transform(view);
        var predicted = scored.GetColumn<uint>("PredictedLabel").ToArray();
        var distances = scored.GetColumn<VBuffer<float>>("Score").ToArray();
        var labels = new int[predicted.Length];
        double inertia = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = (int)predicted[i] - 1;
            inertia += distances[i].GetItemOrDefault(labels[i]);
        }

        return (labels, inertia);
    }

    static int SmallestCluster(int[] labels, int k)
    {
        var sizes = new int[k];
        foreach (var label in labels)
            sizes[label]++;
        return sizes.Min();
    }

    static List<DiscoveredCluster> Describe(CustomerMixes mixes, int[] labels, int k)
    {
        var clusters = new List<DiscoveredCluster>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < k; c++)
        {
            var members = new List<CustomerMix>();
            for (var i = 0; i < labels.Length; i++)
            {
                if (labels[i] == c)
                    members.Add(mixes.Customers[i]);
            }

            if (members.Count == 0)
                continue;
            var shares = new double[mixes.Categories.Count];
            foreach (var m in members)
            {
                for (var j = 0; j < shares.Length; j++)
                    shares[j] += m.Shares[j] / members.Count;
            }

            var top = Enumerable.Range(0, shares.Length).OrderByDescending(j => shares[j]).Take(3).Select(j => (mixes.Categories[j], shares[j])).ToList();
            var priceIndex = Math.Exp(members.Average(m => Math.Log(Math.Max(m.PriceIndex, 1e-6))));
            var tier = CustomerTraits.PriceTier(priceIndex, 1);
            var name = Name(tier, top);
            for (var n = 2; !names.Add(name); n++)
                name = $"{Name(tier, top)} ({n})";
            clusters.Add(new DiscoveredCluster(c, name, tier, top, members.Select(m => m.CustomerId).ToList(), priceIndex,
                members.Average(m => m.DiscountShare), members.Average(m => m.Orders), members.Average(m => m.Spent)));
        }

        clusters.Sort((a, b) => b.CustomerIds.Count.CompareTo(a.CustomerIds.Count));
        return clusters;
    }

    sealed class Point
    {
        public float[] Features { get; set; }
    }
}
