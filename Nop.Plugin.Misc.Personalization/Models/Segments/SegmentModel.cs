using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Segments;

/// <summary>
/// Represents a segment: a row of the grid and the create/edit form
/// </summary>
public record SegmentModel : BaseNopEntityModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Segments.Fields.Name")]
    public string Name { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Segments.Fields.Notes")]
    public string Notes { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Segments.Fields.Active")]
    public bool Active { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Segments.Fields.Store")]
    public int StoreId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Segments.Fields.CustomerRole")]
    public int CustomerRoleId { get; set; }

    /// <summary>Gets or sets the rule as the editor's hidden field holds it (Personalization.Engine.Segments.SegmentRuleJson).</summary>
    public string RuleJson { get; set; }

    /// <summary>Gets or sets the template the form was started from; null for a segment built from scratch.</summary>
    public string TemplateKey { get; set; }

    public string StoreName { get; set; }

    public string CustomerRoleName { get; set; }

    /// <summary>Gets or sets what the rule selects, in plain words.</summary>
    public string Description { get; set; }

    public int MemberCount { get; set; }

    /// <summary>Gets or sets the sizes of the recent materializations, oldest first, for the grid's sparkline.</summary>
    public IList<int> SizeTrend { get; set; } = new List<int>();

    public DateTime? LastRefreshedOnUtc { get; set; }

    public string LastError { get; set; }

    /// <summary>Gets or sets the problems the engine found in the posted rule, shown next to their conditions.</summary>
    public IList<SegmentIssueModel> RuleIssues { get; set; } = new List<SegmentIssueModel>();

    /// <summary>Gets or sets the editor's condition types, parameters and pickers as JSON.</summary>
    public string EditorJson { get; set; }

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableCustomerRoles { get; set; } = new List<SelectListItem>();

    public SegmentMemberSearchModel SegmentMemberSearchModel { get; set; } = new();

    /// <summary>Gets or sets the size history for the chart, oldest first.</summary>
    public IList<SegmentSizePointModel> SizeHistory { get; set; } = new List<SegmentSizePointModel>();
}
