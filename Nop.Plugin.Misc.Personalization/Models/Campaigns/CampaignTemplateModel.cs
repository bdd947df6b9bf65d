using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// Represents a ready-made campaign in the "Add from template" list
/// </summary>
public record CampaignTemplateModel : BaseNopModel
{
    public string Key { get; set; }

    public string Name { get; set; }

    /// <summary>Gets or sets what the campaign shows, to whom and what it measures, in plain words.</summary>
    public string Description { get; set; }

    /// <summary>Gets or sets the name of the stored segment it will target; null when none was created from its segment template.</summary>
    public string SegmentName { get; set; }
}
