using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using Personalization.Engine.Predictions;
using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Tests.Predictions.Visits;
using Personalization.Engine.Tracking;

namespace Personalization.Benchmarks;

/// <summary>
/// Scoring "the visit so far" (12 events) on the request path: the folded logistic scorer against ML.NET's
/// PredictionEngine on the same model and the same features (target: 20 µs median).
/// </summary>
[MemoryDiagnoser]
public class VisitScoringBenchmarks
{
    VisitScorer _scorer;
    TabularModel _model;
    PredictionEngine<MlFeatureRow, MlScore> _engine;
    VisitorEvent[] _events;
    VisitContext _context;
    MlFeatureRow _row;

    [GlobalSetup]
    public void Setup()
    {
        var visits = SyntheticVisits.Generate(6000, seed: 5);
        var report = VisitOutcomeTrainer.Train(visits, VisitGoal.Purchase, "bench", DateTime.UtcNow, compareFastTree: false);
        _scorer = report.Scorer;
        _model = report.Model;
        _engine = _model.CreatePredictionEngine();
        var visit = visits.First(v => v.Events.Count >= 12);
        _events = visit.Events.Take(12).ToArray();
        _context = visit.Context;
        _row = new MlFeatureRow { Features = new float[VisitFeatures.Count] };
    }

    [Benchmark(Baseline = true, Description = "ML.NET PredictionEngine (features, standardize, predict, calibrate)")]
    public float PredictionEngine()
    {
        Span<float> raw = stackalloc float[VisitFeatures.Count];
        VisitFeatures.Compute(_events, _context, raw);
        _model.Standardize(raw, _row.Features);
        return _model.Calibration.Probability(_engine.Predict(_row).Score);
    }

    [Benchmark(Description = "VisitScorer (features, folded logistic)")]
    public float VisitScorer() => _scorer.ProbabilityWithoutGoal(_events, _context);
}
