using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents what a variant says in one language
/// </summary>
public record CampaignCopyModel : BaseNopModel
{
    /// <summary>Gets or sets the language; 0 for the standard copy.</summary>
    public int LanguageId { get; set; }

    /// <summary>Gets or sets the language's name for the tab; the standard copy's is the word "Standard".</summary>
    public string LanguageName { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Copy.Title")]
    public string Title { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Copy.BodyHtml")]
    public string BodyHtml { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Copy.ImageUrl")]
    public string ImageUrl { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Copy.CallToActionText")]
    public string CallToActionText { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Copy.CallToActionUrl")]
    public string CallToActionUrl { get; set; }
}
