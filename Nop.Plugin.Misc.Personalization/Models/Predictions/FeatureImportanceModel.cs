using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Predictions;

/// <summary>
/// Represents a feature that matters to a model: how much AUC is lost when it is shuffled
/// </summary>
public record FeatureImportanceModel : BaseNopModel
{
    public string Feature { get; set; }

    public double AucDrop { get; set; }
}
