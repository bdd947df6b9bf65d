using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents one page rule: the page types, categories, products or URL pattern a campaign is shown on (or never shown on)
/// </summary>
public record CampaignPageRuleModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Page.Kind")]
    public int Kind { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Page.Exclude")]
    public bool Exclude { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Page.PageTypes")]
    public IList<string> PageTypes { get; set; } = new List<string>();

    /// <summary>Gets or sets the category or product ids, comma separated.</summary>
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Page.Ids")]
    public string Ids { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Page.IncludeSubcategories")]
    public bool IncludeSubcategories { get; set; } = true;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Page.UrlPattern")]
    public string UrlPattern { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Fields.Page.UrlPatternIsRegex")]
    public bool UrlPatternIsRegex { get; set; }
}
