using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Contacts;

/// <summary>
/// Represents the contacts page: the grid's filter, the import card and the referral links card
/// </summary>
public record ContactSearchModel : BaseSearchModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Contacts.Search.Email")]
    public string SearchEmail { get; set; }

    public ReferralLinksModel ReferralLinks { get; set; } = new();

    /// <summary>Gets or sets the largest file the import accepts, in megabytes.</summary>
    public int MaxImportFileMegabytes { get; set; }
}
