using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Contacts;

/// <summary>
/// Represents the form that issues signed referral links for imported contacts
/// </summary>
public record ReferralLinksModel : BaseNopModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.ReferralLinks.StoreId")]
    public int StoreId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.ReferralLinks.Campaign")]
    public string Campaign { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.ReferralLinks.LandingPath")]
    public string LandingPath { get; set; } = "/";

    [NopResourceDisplayName("Plugins.Misc.Personalization.ReferralLinks.TraitName")]
    public string TraitName { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.ReferralLinks.TraitValue")]
    public string TraitValue { get; set; }

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();
}
