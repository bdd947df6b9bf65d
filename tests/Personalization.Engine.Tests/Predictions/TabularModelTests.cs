using Personalization.Engine.Predictions;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class TabularModelTests
{
    static FeatureTable Linear(int rows, int seed)
    {
        var random = new Random(seed);
        var x = new float[rows][];
        var y = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            x[i] = [(float)random.NextDouble() * 10, (float)random.NextDouble() * 100, (float)random.NextDouble()];
            var z = 0.6 * x[i][0] - 0.03 * x[i][1] - 1;
            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-z));
        }

        return new FeatureTable(["a", "b", "noise"], Enumerable.Range(0, rows).ToArray(), x, y, new float[rows]);
    }

    [TestCase(ModelAlgorithm.LogisticRegression)]
    [TestCase(ModelAlgorithm.FastTree)]
    public void Saved_model_loads_with_its_version_and_scores_the_same(ModelAlgorithm algorithm)
    {
        var data = Linear(2000, 1);
        var model = TabularModel.Train(data, algorithm, "churn", "v7", new DateTime(2025, 1, 2, 0, 0, 0, DateTimeKind.Utc))
            .WithCalibration(new PlattScaling(-1.1, 0.2));

        var loaded = TabularModel.FromBytes(model.ToBytes());

        Assert.That(loaded.Version, Is.EqualTo("v7"));
        Assert.That(loaded.Kind, Is.EqualTo("churn"));
        Assert.That(loaded.Algorithm, Is.EqualTo(algorithm));
        Assert.That(loaded.TrainedUtc, Is.EqualTo(model.TrainedUtc));
        Assert.That(loaded.FeatureNames, Is.EqualTo(data.Names));
        Assert.That(loaded.Calibration, Is.EqualTo(model.Calibration));
        Assert.That(loaded.Probabilities(data.Rows.Take(50).ToList()), Is.EqualTo(model.Probabilities(data.Rows.Take(50).ToList())));
    }

    [Test]
    public void Bytes_that_are_not_a_model_are_refused_with_a_clear_error()
    {
        Assert.That(() => TabularModel.FromBytes([1, 2, 3]), Throws.TypeOf<InvalidDataException>());
        var model = TabularModel.Train(Linear(300, 2), ModelAlgorithm.LogisticRegression, "churn", "v1", DateTime.UtcNow);
        var bytes = model.ToBytes();
        Assert.That(() => TabularModel.FromBytes(bytes[..(bytes.Length / 2)]), Throws.TypeOf<InvalidDataException>());
    }

    [Test]
    public void Logistic_model_learns_the_planted_relation()
    {
        var train = Linear(4000, 3);
        var test = Linear(2000, 4);

        var model = TabularModel.Train(train, ModelAlgorithm.LogisticRegression, "test", "v1", DateTime.UtcNow);

        Assert.That(BinaryMetrics.Auc(model.Scores(test.Rows), test.Labels), Is.GreaterThan(0.75));
    }

    [Test]
    public void Folded_linear_scorer_gives_the_model_s_calibrated_probabilities()
    {
        var data = Linear(3000, 5);
        var model = TabularModel.Train(data, ModelAlgorithm.LogisticRegression, "test", "v1", DateTime.UtcNow).WithCalibration(new PlattScaling(-0.8, 0.3));

        var scorer = model.ToLinearScorer();
        var rows = data.Rows.Take(200).ToList();
        var expected = model.Probabilities(rows);

        for (var i = 0; i < rows.Count; i++)
            Assert.That(scorer.Probability(rows[i]), Is.EqualTo(expected[i]).Within(1e-4));
    }

    [Test]
    public void Only_logistic_regression_folds_into_a_linear_scorer()
    {
        var model = TabularModel.Train(Linear(500, 6), ModelAlgorithm.FastTree, "test", "v1", DateTime.UtcNow);

        Assert.That(() => model.ToLinearScorer(), Throws.InvalidOperationException);
    }
}
