using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Nop.Core.Caching;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Configuration;
using Personalization.Engine.Customers;
using Personalization.Engine.Predictions;
using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;
using VisitSession = Personalization.Engine.Predictions.Visits.VisitSession;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// Trains the prediction models on the store's orders and visits with the engine's protocols, stores them as new
/// versions and writes every profile's scores, under a lock so that one server of a farm trains at a time.
/// </summary>
public class PredictionTrainingService : IPredictionTrainingService
{
    /// <summary>Fewest orders the customer models are trained on; below it the recency heuristic scores churn.</summary>
    public const int MinOrders = 500;

    /// <summary>Fewest finished visits a visit outcome model is trained on.</summary>
    public const int MinVisits = 200;

    /// <summary>Fewest visits that reached, and separately did not reach, a goal for its model to be trained.</summary>
    public const int MinVisitsPerOutcome = 20;

    /// <summary>Most recent finished visits the visit outcome models learn from.</summary>
    public const int MaxTrainingVisits = 20_000;

    /// <summary>Profiles scored and written per batch.</summary>
    public const int ScoreBatchSize = 1000;

    /// <summary>How far back orders are read.</summary>
    public static readonly TimeSpan OrderHistory = TimeSpan.FromDays(3 * 365);

    /// <summary>A customer's latest visit is scored when it is this recent; older visits say little about the next one.</summary>
    public static readonly TimeSpan VisitScoreAge = TimeSpan.FromDays(30);

    static readonly ProfileAttributeKind[] ScoreKind = [ProfileAttributeKind.Score];

    #region Fields

    protected readonly ILocker _locker;
    protected readonly ILogger<PredictionTrainingService> _logger;
    protected readonly IPredictionHistoryService _historyService;
    protected readonly IPredictionModelService _modelService;
    protected readonly ISegmentMembershipService _segmentMembershipService;
    protected readonly ISettingService _settingService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public PredictionTrainingService(ILocker locker,
        ILogger<PredictionTrainingService> logger,
        IPredictionHistoryService historyService,
        IPredictionModelService modelService,
        ISegmentMembershipService segmentMembershipService,
        ISettingService settingService,
        TimeProvider timeProvider)
    {
        _locker = locker;
        _logger = logger;
        _historyService = historyService;
        _modelService = modelService;
        _segmentMembershipService = segmentMembershipService;
        _settingService = settingService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the goal the merchant picked; an unknown event type falls back to the newsletter sign-up.</summary>
    public static VisitGoal GoalOf(PredictionSettings settings)
    {
        var type = (TrackedEventType)settings.GoalEventTypeId;
        return new VisitGoal(Enum.IsDefined(type) ? type : TrackedEventType.NewsletterSubscribe,
            string.IsNullOrWhiteSpace(settings.GoalEventLabel) ? null : settings.GoalEventLabel.Trim());
    }

    protected static string Describe(VisitGoal goal) =>
        ConditionTypes.EventNames[Array.IndexOf(Enum.GetValues<TrackedEventType>(), goal.Type)] + (goal.Label != null ? $" \"{goal.Label}\"" : string.Empty);

    protected static PredictionModel Row(string kind, string algorithm, DateTime trainedUtc, int rows, PredictionQuality quality, byte[] bytes) => new()
    {
        Kind = kind,
        Algorithm = algorithm,
        TrainedOnUtc = trainedUtc,
        TrainingRows = rows,
        QualityJson = JsonSerializer.Serialize(quality),
        ModelBytes = bytes
    };

    protected static PredictionQuality Measured(ModelQuality chosen, IEnumerable<ModelQuality> candidates) => new()
    {
        Auc = chosen.Auc,
        LogLoss = chosen.LogLoss,
        Brier = chosen.Brier,
        CalibrationError = chosen.CalibrationError,
        Calibration = chosen.Bins,
        Candidates = candidates.Where(candidate => candidate != null)
            .Select(candidate => new PredictorQuality(candidate.Name, candidate.Auc, candidate.LogLoss, ReferenceEquals(candidate, chosen))).ToList(),
        TrainSeconds = chosen.TrainSeconds
    };

    /// <summary>Trains churn and the 90-day value, or scores them with the stated heuristics; returns the rows and each customer's scores.</summary>
    protected virtual (PredictionModel Churn, PredictionModel Value, Dictionary<int, decimal> ChurnScores, Dictionary<int, decimal> ValueScores)
        TrainCustomerModels(IList<CustomerOrder> orders, string version, DateTime nowUtc)
    {
        var list = orders as IReadOnlyList<CustomerOrder> ?? orders.ToList();
        var orderCount = list.Count(order => !order.Cancelled);
        //the engine scores as of the day after the last order; a store without orders has nothing to score yet
        var end = list.Count > 0 ? CustomerFeatures.HistoryEnd(list).Date.AddDays(1) : nowUtc;
        if (orderCount < MinOrders)
        {
            //too little history for the protocol: the recency heuristic scores churn, the last 90 days forecast the value
            var reason = string.Format(CultureInfo.InvariantCulture, "too little history ({0} orders, needs {1})", orderCount, MinOrders);
            var current = CustomerFeatures.Build(list, end, ChurnTrainer.ValueDays);
            var probabilities = RecencyChurnHeuristic.Probabilities(current);
            var heuristicScores = new Dictionary<int, decimal>(current.Count);
            for (var i = 0; i < current.Count; i++)
                heuristicScores[current.Keys[i]] = decimal.Round((decimal)probabilities[i], 4);
            var quality = new PredictionQuality { HeuristicReason = reason, HistoryOrders = orderCount, MinOrders = MinOrders };
            return (Row(PredictionModelKinds.Churn, PredictionModelKinds.Heuristic, nowUtc, 0, quality, null),
                Row(PredictionModelKinds.Value90, PredictionModelKinds.Heuristic, nowUtc, 0, quality, null),
                heuristicScores, NaiveValues(list, end));
        }

        var report = ChurnTrainer.Run(list, new ChurnOptions(), version);
        var churnScores = report.Scores.ToDictionary(score => score.CustomerId, score => decimal.Round((decimal)Math.Clamp(score.ChurnProbability, 0f, 1f), 4));
        PredictionModel churn;
        if (report.Trained)
        {
            var quality = Measured(report.Chosen, report.Predictors) with
            {
                HistoryOrders = orderCount,
                MinOrders = MinOrders,
                TopFeatures = report.TopFeatures.Take(5).ToList(),
                TestRows = report.TestRows,
                PositiveRate = report.TestChurnRate,
                TestCutUtc = report.TestCut
            };
            churn = Row(PredictionModelKinds.Churn, PredictionModelKinds.AlgorithmOf(report.Model.Algorithm), nowUtc, report.TrainRows, quality, report.Model.ToBytes());
        }
        else
        {
            var quality = (report.Chosen != null ? Measured(report.Chosen, report.Predictors) : new PredictionQuality()) with
            {
                HeuristicReason = report.FallbackReason,
                HistoryOrders = orderCount,
                MinOrders = MinOrders,
                TestRows = report.TestRows,
                TestCutUtc = report.TestRows > 0 ? report.TestCut : null
            };
            churn = Row(PredictionModelKinds.Churn, PredictionModelKinds.Heuristic, nowUtc, report.TrainRows, quality, null);
        }

        if (report.ValueModel != null)
        {
            var quality = new PredictionQuality
            {
                HistoryOrders = orderCount,
                MinOrders = MinOrders,
                ValueMae = report.Value.ModelMae,
                NaiveValueMae = report.Value.NaiveMae,
                TestRows = report.Value.Customers,
                TrainSeconds = report.Value.TrainSeconds
            };
            var valueScores = report.Scores.ToDictionary(score => score.CustomerId, score => decimal.Round((decimal)Math.Max(0f, score.ExpectedValue90), 2));
            return (churn, Row(PredictionModelKinds.Value90, PredictionModelKinds.FastTree, nowUtc, report.TrainRows, quality, report.ValueModel.ToBytes()),
                churnScores, valueScores);
        }

        var valueReason = report.Trained
            ? "the 90-day value model needs FastTree, whose native library is not available on this server"
            : report.FallbackReason;
        var naive = new PredictionQuality { HeuristicReason = valueReason, HistoryOrders = orderCount, MinOrders = MinOrders };
        return (churn, Row(PredictionModelKinds.Value90, PredictionModelKinds.Heuristic, nowUtc, 0, naive, null), churnScores, NaiveValues(list, end));
    }

    protected static Dictionary<int, decimal> NaiveValues(IReadOnlyList<CustomerOrder> orders, DateTime end) =>
        NaiveValueForecast.Of(orders, end).ToDictionary(pair => pair.Key, pair => decimal.Round(pair.Value, 2));

    /// <summary>Trains one visit outcome model, or sets up the base-rate heuristic while there are too few visits.</summary>
    protected virtual (PredictionModel Row, VisitOutcomePredictor Predictor) TrainVisitModel(string kind, VisitGoal goal, IList<VisitSession> visits,
        string version, DateTime nowUtc)
    {
        var list = visits as IReadOnlyList<VisitSession> ?? visits.ToList();
        var reached = list.Count(visit => visit.Events.Any(goal.IsReachedBy));
        var goalName = Describe(goal);
        if (list.Count < MinVisits || reached < MinVisitsPerOutcome || list.Count - reached < MinVisitsPerOutcome)
        {
            var rate = VisitOutcomePredictor.BaseRate(list, goal);
            var quality = new PredictionQuality
            {
                HeuristicReason = string.Format(CultureInfo.InvariantCulture,
                    "too little history ({0} visits, {1} reaching the goal; needs {2} visits with {3} reaching it and {3} not)",
                    list.Count, reached, MinVisits, MinVisitsPerOutcome),
                HistoryVisits = list.Count,
                GoalVisits = reached,
                MinVisits = MinVisits,
                MinVisitsPerOutcome = MinVisitsPerOutcome,
                Goal = goalName,
                BaseRate = rate
            };
            return (Row(kind, PredictionModelKinds.Heuristic, nowUtc, 0, quality, null), VisitOutcomePredictor.FromBaseRate(rate));
        }

        VisitOutcomeReport report;
        try
        {
            report = VisitOutcomeTrainer.Train(list, goal, version, nowUtc);
        }
        catch (DllNotFoundException exception)
        {
            //FastTree is only compared; without its native library the served logistic model trains alone
            _logger.LogWarning(exception, "Personalization: FastTree is not available for the visit outcome comparison; training logistic regression alone");
            report = VisitOutcomeTrainer.Train(list, goal, version, nowUtc, compareFastTree: false);
        }

        var measured = Measured(report.Quality, [report.Quality, report.FastTree]) with
        {
            HistoryVisits = list.Count,
            GoalVisits = reached,
            MinVisits = MinVisits,
            MinVisitsPerOutcome = MinVisitsPerOutcome,
            TestRows = report.TestRows,
            Goal = goalName
        };
        return (Row(kind, PredictionModelKinds.Logistic, nowUtc, report.TrainRows, measured, report.Model.ToBytes()), VisitOutcomePredictor.FromModel(report.Model));
    }

    /// <summary>Writes the scores of every profile, a batch at a time, replacing each customer's stored scores.</summary>
    protected virtual async Task<int> ScoreProfilesAsync(IReadOnlyDictionary<int, decimal> churn, IReadOnlyDictionary<int, decimal> value,
        IReadOnlyList<(string Score, VisitOutcomePredictor Predictor)> visitPredictors, DateTime nowUtc)
    {
        var scored = 0;
        var after = 0;
        while (true)
        {
            var page = await _historyService.GetProfilesAsync(after, ScoreBatchSize);
            if (page.Count == 0)
                return scored;

            var visits = await _historyService.GetLatestVisitsAsync(page.ToList(), nowUtc - VisitScoreAge);
            var batch = new Dictionary<int, IReadOnlyList<ProfileAttribute>>(page.Count);
            foreach (var profile in page)
            {
                var rows = new List<ProfileAttribute>();
                if (churn.TryGetValue(profile.CustomerId, out var churnProbability))
                    rows.Add(new ProfileAttribute(ProfileAttributeKind.Score, ScoreModels.Churn, 0, churnProbability, null, null));
                if (value.TryGetValue(profile.CustomerId, out var expected))
                    rows.Add(new ProfileAttribute(ProfileAttributeKind.Score, ScoreModels.Value90, 0, expected, null, null));
                if (visits.TryGetValue(profile.CustomerId, out var visit))
                {
                    foreach (var (score, predictor) in visitPredictors)
                        rows.Add(new ProfileAttribute(ProfileAttributeKind.Score, score, 0,
                            decimal.Round((decimal)predictor.Propensity(visit.Events, visit.Context), 4), null, null));
                }

                //a customer without scores now loses the old ones too: stale scores must not keep matching segments
                batch[profile.CustomerId] = rows;
                scored += rows.Count > 0 ? 1 : 0;
            }

            await _segmentMembershipService.SaveAttributesAsync(batch, ScoreKind);
            after = page[^1].CustomerId;
        }
    }

    protected virtual async Task<PredictionTrainingResult> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var version = now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var settings = await _settingService.LoadSettingAsync<PredictionSettings>();

        var orders = await _historyService.GetCustomerOrdersAsync(now - OrderHistory);
        var (churn, value, churnScores, valueScores) = TrainCustomerModels(orders, version, now);

        var visits = await _historyService.GetFinishedVisitsAsync(now, MaxTrainingVisits);
        var goals = new Dictionary<string, VisitGoal>
        {
            [PredictionModelKinds.VisitPurchase] = VisitGoal.Purchase,
            [PredictionModelKinds.VisitCartAdd] = VisitGoal.AddToCart,
            [PredictionModelKinds.VisitGoal] = GoalOf(settings)
        };
        var rows = new List<PredictionModel> { churn, value };
        var predictors = new List<(string Score, VisitOutcomePredictor Predictor)>();
        foreach (var (kind, score) in PredictionModelKinds.VisitOutcomes)
        {
            var (row, predictor) = TrainVisitModel(kind, goals[kind], visits, version, now);
            rows.Add(row);
            predictors.Add((score, predictor));
        }

        await _modelService.SaveVersionsAsync(rows);
        var scored = await ScoreProfilesAsync(churnScores, valueScores, predictors, now);

        //saving the stamp clears nopCommerce's settings cache on every server: each reloads its cached models
        settings.ModelsVersion = Guid.NewGuid().ToString("N");
        settings.TrainedOnUtc = now;
        settings.ScoredCustomers = scored;
        settings.TrainingSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
        await _settingService.SaveSettingAsync(settings);

        return new PredictionTrainingResult(true, rows, scored, settings.TrainingSeconds);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Trains churn and 90-day value on the orders and the visit outcome models (purchase, add to cart, the merchant's
    /// goal) on the visits, falling back to stated heuristics where the history is too short; stores the models as new
    /// versions, writes every profile's scores and switches every server to the new models. Does nothing while another
    /// server of the farm is training
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what was trained and scored
    /// </returns>
    public virtual async Task<PredictionTrainingResult> TrainAsync()
    {
        PredictionTrainingResult result = null;
        var ran = await _locker.PerformActionWithLockAsync(PersonalizationDefaults.PredictionTrainingLockKey,
            PersonalizationDefaults.PredictionTrainingLockTime, async () => result = await RunAsync());
        return ran ? result : new PredictionTrainingResult(false, [], 0, 0);
    }

    #endregion
}
