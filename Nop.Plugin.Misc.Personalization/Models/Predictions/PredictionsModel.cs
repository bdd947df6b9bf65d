using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Predictions;

/// <summary>
/// Represents the predictions page: each model's quality, the visit goal and the discovered segments
/// </summary>
public record PredictionsModel : BaseNopModel
{
    public IList<PredictionKindModel> Models { get; set; } = new List<PredictionKindModel>();

    public SegmentDiscoveryModel Discovery { get; set; } = new();

    [NopResourceDisplayName("Plugins.Misc.Personalization.Predictions.Fields.GoalEventTypeId")]
    public int GoalEventTypeId { get; set; }

    public IList<SelectListItem> AvailableGoalEventTypes { get; set; } = new List<SelectListItem>();

    [NopResourceDisplayName("Plugins.Misc.Personalization.Predictions.Fields.GoalEventLabel")]
    public string GoalEventLabel { get; set; }

    public DateTime? TrainedOnUtc { get; set; }

    public double TrainingSeconds { get; set; }

    public int ScoredCustomers { get; set; }
}
