using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents the editor's live preview: one variant's message rendered as the storefront renders it, with sample token values
/// </summary>
public record CampaignPreviewModel : BaseNopModel
{
    /// <summary>Gets or sets the message; null when the copy cannot be rendered (see <see cref="Error"/>).</summary>
    public CampaignMessage Message { get; set; }

    /// <summary>Gets or sets why the copy cannot be rendered; null when it can.</summary>
    public string Error { get; set; }

    /// <summary>Gets or sets the sample values the tokens were filled with, in words.</summary>
    public string SampleValues { get; set; }
}
