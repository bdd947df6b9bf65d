using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Predictions;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the model of the predictions page
/// </summary>
public class PredictionModelFactory : IPredictionModelFactory
{
    /// <summary>The prefix of the page's texts.</summary>
    public const string ResourcePrefix = "Plugins.Misc.Personalization.Predictions";

    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly IPredictionModelService _predictionModelService;
    protected readonly ISegmentDiscoveryService _segmentDiscoveryService;
    protected readonly ISettingService _settingService;

    #endregion

    #region Ctor

    public PredictionModelFactory(ILocalizationService localizationService,
        IPredictionModelService predictionModelService,
        ISegmentDiscoveryService segmentDiscoveryService,
        ISettingService settingService)
    {
        _localizationService = localizationService;
        _predictionModelService = predictionModelService;
        _segmentDiscoveryService = segmentDiscoveryService;
        _settingService = settingService;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the resource key naming a model kind.</summary>
    public static string KindResourceKey(string kind) => $"{ResourcePrefix}.Kinds.{kind}";

    /// <summary>Gets the resource key naming an algorithm.</summary>
    public static string AlgorithmResourceKey(string algorithm) => $"{ResourcePrefix}.Algorithms.{algorithm}";

    /// <summary>Gets the resource key naming a price tier.</summary>
    public static string TierResourceKey(string tier) => $"{ResourcePrefix}.Tiers.{tier}";

    protected static PredictionQuality Read(PredictionModel row) =>
        string.IsNullOrEmpty(row?.QualityJson) ? new PredictionQuality() : JsonSerializer.Deserialize<PredictionQuality>(row.QualityJson);

    /// <summary>Says why a heuristic is in use: the history the model lacks, in the store owner's words where the numbers tell it.</summary>
    protected virtual async Task<string> PrepareHeuristicTextAsync(PredictionQuality quality)
    {
        if (quality.MinOrders > 0 && quality.HistoryOrders < quality.MinOrders)
            return string.Format(await _localizationService.GetResourceAsync($"{ResourcePrefix}.Heuristic.Orders"), quality.HistoryOrders, quality.MinOrders);
        if (quality.MinVisits > 0 && quality.HistoryVisits < quality.MinVisits)
            return string.Format(await _localizationService.GetResourceAsync($"{ResourcePrefix}.Heuristic.Visits"), quality.HistoryVisits, quality.MinVisits);
        if (quality.MinVisits > 0)
            return string.Format(await _localizationService.GetResourceAsync($"{ResourcePrefix}.Heuristic.Outcomes"), quality.GoalVisits, quality.HistoryVisits,
                quality.MinVisitsPerOutcome);
        return string.Format(await _localizationService.GetResourceAsync($"{ResourcePrefix}.Heuristic.Reason"), quality.HeuristicReason);
    }

    protected virtual async Task<PredictionKindModel> PrepareKindModelAsync(string kind)
    {
        var versions = await _predictionModelService.GetVersionsAsync(kind);
        var current = versions.FirstOrDefault(version => version.IsCurrent);
        var model = new PredictionKindModel
        {
            Kind = kind,
            Title = await _localizationService.GetResourceAsync(KindResourceKey(kind)),
            Description = await _localizationService.GetResourceAsync(KindResourceKey(kind) + ".Description"),
            Trained = current != null
        };
        foreach (var version in versions)
        {
            model.Versions.Add(new ModelVersionModel
            {
                Version = version.Version,
                TrainedOnUtc = version.TrainedOnUtc,
                Algorithm = await _localizationService.GetResourceAsync(AlgorithmResourceKey(version.Algorithm)),
                Auc = Read(version).Auc,
                IsCurrent = version.IsCurrent
            });
        }

        if (current == null)
            return model;

        var quality = Read(current);
        model.Algorithm = await _localizationService.GetResourceAsync(AlgorithmResourceKey(current.Algorithm));
        model.IsHeuristic = current.Algorithm == PredictionModelKinds.Heuristic;
        model.HeuristicText = model.IsHeuristic ? await PrepareHeuristicTextAsync(quality) : null;
        model.Version = current.Version;
        model.TrainedOnUtc = current.TrainedOnUtc;
        model.TrainingRows = current.TrainingRows;
        model.Auc = quality.Auc;
        model.LogLoss = quality.LogLoss;
        model.Brier = quality.Brier;
        model.ValueMae = quality.ValueMae;
        model.NaiveValueMae = quality.NaiveValueMae;
        model.TestRows = quality.TestRows;
        model.Goal = quality.Goal;
        model.BaseRate = quality.BaseRate;
        model.Calibration = quality.Calibration.Select(bin => new CalibrationPointModel { Predicted = bin.MeanPredicted, Observed = bin.Observed, Count = bin.Count }).ToList();
        model.TopFeatures = quality.TopFeatures.Select(feature => new FeatureImportanceModel { Feature = feature.Feature, AucDrop = feature.Drop }).ToList();
        model.Candidates = quality.Candidates.Select(candidate => new PredictorQualityModel
        {
            Name = candidate.Name, Auc = candidate.Auc, LogLoss = candidate.LogLoss, Chosen = candidate.Chosen
        }).ToList();
        return model;
    }

    protected virtual async Task<SegmentDiscoveryModel> PrepareDiscoveryModelAsync()
    {
        var discovery = await _segmentDiscoveryService.GetLastDiscoveryAsync();
        if (discovery == null)
            return new SegmentDiscoveryModel();

        var model = new SegmentDiscoveryModel
        {
            HasRun = true,
            DiscoveredOnUtc = discovery.DiscoveredOnUtc,
            Customers = discovery.Customers,
            Reason = discovery.Reason,
            K = discovery.K,
            Silhouette = discovery.Silhouette,
            StabilityAri = discovery.StabilityAri
        };
        var culture = CultureInfo.CurrentCulture;
        foreach (var cluster in discovery.Clusters)
        {
            model.Clusters.Add(new ClusterModel
            {
                Index = cluster.Index,
                Name = cluster.Name,
                Size = cluster.Size,
                Share = ((double)cluster.Size / Math.Max(1, discovery.Customers)).ToString("P0", culture),
                TopCategories = string.Join(", ", cluster.TopCategories.Select(category => $"{category.Name} {category.Share.ToString("P0", culture)}")),
                Tier = await _localizationService.GetResourceAsync(TierResourceKey(cluster.Tier)),
                DiscountShare = cluster.MeanDiscountShare.ToString("P0", culture),
                MeanOrders = cluster.MeanOrders.ToString("0.0", culture),
                MeanSpent = cluster.MeanSpent.ToString("N2", culture)
            });
        }

        return model;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the predictions page: each model's version in use with its quality and older versions, the visit goal
    /// and the last segment discovery
    /// </summary>
    /// <param name="model">The page model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page model
    /// </returns>
    public virtual async Task<PredictionsModel> PreparePredictionsModelAsync(PredictionsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var settings = await _settingService.LoadSettingAsync<PredictionSettings>();
        model.GoalEventTypeId = (int)PredictionTrainingService.GoalOf(settings).Type;
        model.GoalEventLabel = settings.GoalEventLabel;
        model.TrainedOnUtc = settings.TrainedOnUtc;
        model.TrainingSeconds = settings.TrainingSeconds;
        model.ScoredCustomers = settings.ScoredCustomers;
        model.AvailableGoalEventTypes.Clear();
        foreach (var type in Enum.GetValues<TrackedEventType>())
        {
            var value = ((int)type).ToString(CultureInfo.InvariantCulture);
            model.AvailableGoalEventTypes.Add(new SelectListItem(await _localizationService.GetResourceAsync(EventModelFactory.EventTypeResourceKey(type)), value,
                (int)type == model.GoalEventTypeId));
        }

        model.Models.Clear();
        foreach (var kind in PredictionModelKinds.Predictions)
            model.Models.Add(await PrepareKindModelAsync(kind));
        model.Discovery = await PrepareDiscoveryModelAsync();
        return model;
    }

    #endregion
}
