using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Predictions;

/// <summary>
/// Represents a stored version of a model
/// </summary>
public record ModelVersionModel : BaseNopModel
{
    public int Version { get; set; }

    public DateTime TrainedOnUtc { get; set; }

    public string Algorithm { get; set; }

    public double? Auc { get; set; }

    public bool IsCurrent { get; set; }
}
