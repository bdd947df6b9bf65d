using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents one page of the campaign grid
/// </summary>
public record CampaignListModel : BasePagedListModel<CampaignListItemModel>;
