using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents the campaign list page: the grid's filters and the templates a campaign can start from
/// </summary>
public record CampaignSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Search.Status")]
    public int SearchStatusId { get; set; } = -1;

    [NopResourceDisplayName("Plugins.Misc.Personalization.Campaigns.Search.Store")]
    public int SearchStoreId { get; set; }

    public IList<SelectListItem> AvailableStatuses { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    public IList<CampaignTemplateModel> AvailableTemplates { get; set; } = new List<CampaignTemplateModel>();
}
