using System.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Personalization.Engine.Predictions;

/// <summary>
/// A trained ML.NET model over a feature table, with its standardization, calibration and version, savable to bytes.
/// </summary>
public sealed class TabularModel
{
    const string Magic = "PZML";
    const int FormatVersion = 1;

    readonly MLContext _ml;
    readonly ITransformer _model;
    readonly DataViewSchema _schema;

    static TabularModel() => NativeLibraries.EnsureResolver();

    TabularModel(MLContext ml, ITransformer model, DataViewSchema schema, string kind, string version, DateTime trainedUtc,
        ModelAlgorithm algorithm, IReadOnlyList<string> featureNames, float[] means, float[] scales, PlattScaling calibration)
    {
        _ml = ml;
        _model = model;
        _schema = schema;
        Kind = kind;
        Version = version;
        TrainedUtc = trainedUtc;
        Algorithm = algorithm;
        FeatureNames = featureNames;
        Means = means;
        Scales = scales;
        Calibration = calibration;
    }

    /// <summary>Gets what the model predicts ("churn", "visit-outcome", "value-90d").</summary>
    public string Kind { get; }

    /// <summary>Gets the model version stamp, stored with its scores.</summary>
    public string Version { get; }

    /// <summary>Gets when it was trained.</summary>
    public DateTime TrainedUtc { get; }

    /// <summary>Gets the trainer.</summary>
    public ModelAlgorithm Algorithm { get; }

    /// <summary>Gets the feature names, in column order.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    /// <summary>Gets the mean subtracted from each feature before the trainer sees it (0 for trees).</summary>
    public float[] Means { get; }

    /// <summary>Gets the scale each feature is divided by after the mean (1 for trees).</summary>
    public float[] Scales { get; }

    /// <summary>Gets the calibration of binary scores; null for regression.</summary>
    public PlattScaling Calibration { get; }

    /// <summary>Trains a model; <paramref name="seed"/> fixes ML.NET's randomness.</summary>
    public static TabularModel Train(FeatureTable data, ModelAlgorithm algorithm, string kind, string version, DateTime trainedUtc, int seed = 1)
    {
        var ml = new MLContext(seed);
        var width = data.Names.Count;
        var means = new float[width];
        var scales = new float[width];
        Array.Fill(scales, 1f);
        if (algorithm == ModelAlgorithm.LogisticRegression)
            Standardization(data.Rows, means, scales);

        var view = Load(ml, data.Rows, data.Labels, data.Targets, means, scales);
        IEstimator<ITransformer> trainer = algorithm switch
        {
            ModelAlgorithm.FastTree => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfTrees = 300, NumberOfLeaves = 8, MinimumExampleCountPerLeaf = 50, LearningRate = 0.03, Seed = seed, FeatureFraction = 0.9
            }),
            ModelAlgorithm.LogisticRegression => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L2Regularization = 0.1f, L1Regularization = 0f
            }),
            ModelAlgorithm.FastTreeRegression => ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
            {
                NumberOfTrees = 200, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 20, LearningRate = 0.05, Seed = seed,
                LabelColumnName = nameof(MlFeatureRow.Target)
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm))
        };

        var model = trainer.Fit(view);
        var calibration = algorithm == ModelAlgorithm.FastTreeRegression ? null : PlattScaling.Logistic;
        return new TabularModel(ml, model, view.Schema, kind, version, trainedUtc, algorithm, data.Names, means, scales, calibration);
    }

    /// <summary>Gets raw scores (logits for binary models, predictions for regression) for feature rows.</summary>
    public float[] Scores(IReadOnlyList<float[]> rows)
    {
        var view = Load(_ml, rows, null, null, Means, Scales);
        return _model.Transform(view).GetColumn<float>(nameof(MlScore.Score)).ToArray();
    }

    /// <summary>Gets calibrated probabilities of the label for feature rows.</summary>
    public float[] Probabilities(IReadOnlyList<float[]> rows)
    {
        var scores = Scores(rows);
        var calibration = Calibration ?? throw new InvalidOperationException("a regression model has no probabilities");
        for (var i = 0; i < scores.Length; i++)
            scores[i] = calibration.Probability(scores[i]);
        return scores;
    }

    /// <summary>Returns this model with a calibration fitted elsewhere (on a held-out fold).</summary>
    public TabularModel WithCalibration(PlattScaling calibration) =>
        new(_ml, _model, _schema, Kind, Version, TrainedUtc, Algorithm, FeatureNames, Means, Scales, calibration);

    /// <summary>
    /// Folds standardization, weights and calibration of a logistic model into one array scorer over raw features.
    /// </summary>
    public LinearScorer ToLinearScorer()
    {
        if (Algorithm != ModelAlgorithm.LogisticRegression)
            throw new InvalidOperationException("only a logistic regression folds into a linear scorer");
        var linear = ((ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>)_model).Model.SubModel;
        var weights = new float[FeatureNames.Count];
        var raw = linear.Weights;
        double bias = linear.Bias;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = raw[i] / Scales[i];
            bias -= raw[i] * Means[i] / Scales[i];
        }

        //probability = 1 / (1 + exp(A * z + B)) = sigmoid(-A * z - B)
        var a = Calibration.A;
        for (var i = 0; i < weights.Length; i++)
            weights[i] = (float)(-a * weights[i]);
        return new LinearScorer(weights, (float)(-a * bias - Calibration.B));
    }

    /// <summary>Creates ML.NET's own per-row prediction engine (the slow path, kept as the benchmark's baseline).</summary>
    public PredictionEngine<MlFeatureRow, MlScore> CreatePredictionEngine() =>
        _ml.Model.CreatePredictionEngine<MlFeatureRow, MlScore>(_model, inputSchemaDefinition: Schema(FeatureNames.Count));

    /// <summary>Standardizes raw features into <paramref name="destination"/> the way the trainer saw them.</summary>
    public void Standardize(ReadOnlySpan<float> features, Span<float> destination)
    {
        for (var i = 0; i < features.Length; i++)
            destination[i] = (features[i] - Means[i]) / Scales[i];
    }

    /// <summary>Writes the model, its metadata and ML.NET's zip to bytes, for storing with its version.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(Kind);
            writer.Write(Version);
            writer.Write(TrainedUtc.Ticks);
            writer.Write((int)Algorithm);
            writer.Write(FeatureNames.Count);
            for (var i = 0; i < FeatureNames.Count; i++)
            {
                writer.Write(FeatureNames[i]);
                writer.Write(Means[i]);
                writer.Write(Scales[i]);
            }

            writer.Write(Calibration != null);
            if (Calibration != null)
            {
                writer.Write(Calibration.A);
                writer.Write(Calibration.B);
            }

            using var zip = new MemoryStream();
            _ml.Model.Save(_model, _schema, zip);
            writer.Write(zip.Length);
            writer.Write(zip.GetBuffer(), 0, (int)zip.Length);
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a model written by <see cref="ToBytes"/>; throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static TabularModel FromBytes(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        try
        {
            if (reader.ReadString() != Magic)
                throw new InvalidDataException("not a personalization model");
            var format = reader.ReadInt32();
            if (format != FormatVersion)
                throw new InvalidDataException($"model format {format} is not supported (expected {FormatVersion})");
            var kind = reader.ReadString();
            var version = reader.ReadString();
            var trained = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
            var algorithm = (ModelAlgorithm)reader.ReadInt32();
            var count = reader.ReadInt32();
            var names = new string[count];
            var means = new float[count];
            var scales = new float[count];
            for (var i = 0; i < count; i++)
            {
                names[i] = reader.ReadString();
                means[i] = reader.ReadSingle();
                scales[i] = reader.ReadSingle();
            }

            var calibration = reader.ReadBoolean() ? new PlattScaling(reader.ReadDouble(), reader.ReadDouble()) : null;
            var length = reader.ReadInt64();
            var ml = new MLContext(1);
            var model = ml.Model.Load(new MemoryStream(reader.ReadBytes((int)length)), out var schema);
            return new TabularModel(ml, model, schema, kind, version, trained, algorithm, names, means, scales, calibration);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the model is truncated", e);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException("the model's ML.NET part is damaged: " + e.Message, e);
        }
    }

    static void Standardization(float[][] rows, float[] means, float[] scales)
    {
        var width = means.Length;
        var sums = new double[width];
        var squares = new double[width];
        foreach (var row in rows)
        {
            for (var j = 0; j < width; j++)
            {
                sums[j] += row[j];
                squares[j] += (double)row[j] * row[j];
            }
        }

        var n = Math.Max(1, rows.Length);
        for (var j = 0; j < width; j++)
        {
            var mean = sums[j] / n;
            var variance = squares[j] / n - mean * mean;
            means[j] = (float)mean;
            scales[j] = variance > 1e-12 ? (float)Math.Sqrt(variance) : 1f;
        }
    }

    static SchemaDefinition Schema(int width)
    {
        var schema = SchemaDefinition.Create(typeof(MlFeatureRow));
        schema[nameof(MlFeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return schema;
    }

    static IDataView Load(MLContext ml, IReadOnlyList<float[]> rows, bool[] labels, float[] targets, float[] means, float[] scales)
    {
        var width = means.Length;
        var items = new MlFeatureRow[rows.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var features = new float[width];
            var row = rows[i];
            for (var j = 0; j < width; j++)
                features[j] = (row[j] - means[j]) / scales[j];
            items[i] = new MlFeatureRow { Features = features, Label = labels != null && labels[i], Target = targets?[i] ?? 0f };
        }

        return ml.Data.LoadFromEnumerable(items, Schema(width));
    }
}
