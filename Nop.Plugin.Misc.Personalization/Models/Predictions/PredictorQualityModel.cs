using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Predictions;

/// <summary>
/// Represents one predictor measured on the same held-out data as the model in use
/// </summary>
public record PredictorQualityModel : BaseNopModel
{
    public string Name { get; set; }

    public double Auc { get; set; }

    public double LogLoss { get; set; }

    public bool Chosen { get; set; }
}
