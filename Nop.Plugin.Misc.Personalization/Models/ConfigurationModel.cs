using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models;

/// <summary>
/// Represents the plugin configuration page
/// </summary>
public record ConfigurationModel : BaseNopModel
{
    public int ActiveStoreScopeConfiguration { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Fields.TrackingEnabled")]
    public bool TrackingEnabled { get; set; }
    public bool TrackingEnabled_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Fields.DataRetentionDays")]
    public int DataRetentionDays { get; set; }
    public bool DataRetentionDays_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Fields.SegmentCssClassesEnabled")]
    public bool SegmentCssClassesEnabled { get; set; }
    public bool SegmentCssClassesEnabled_OverrideForStore { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Fields.EmailToAllNotUnsubscribed")]
    public bool EmailToAllNotUnsubscribed { get; set; }
    public bool EmailToAllNotUnsubscribed_OverrideForStore { get; set; }

    /// <summary>Gets or sets what this node's tracking pipeline did since the application started (read-only).</summary>
    public TrackingStatusModel TrackingStatus { get; set; } = new();
}
