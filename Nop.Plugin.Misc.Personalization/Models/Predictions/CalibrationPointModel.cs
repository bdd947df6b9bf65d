using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Predictions;

/// <summary>
/// Represents one bin of a model's calibration chart: the mean predicted probability against the observed rate
/// </summary>
public record CalibrationPointModel : BaseNopModel
{
    public double Predicted { get; set; }

    public double Observed { get; set; }

    public int Count { get; set; }
}
