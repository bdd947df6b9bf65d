using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// The one-click unsubscribe page: the address a link is for, and whether it is unsubscribed now.
/// </summary>
public record EmailUnsubscribeModel : BaseNopModel
{
    /// <summary>Gets or sets the link's token, posted back by the confirmation button.</summary>
    public string Token { get; set; }

    /// <summary>Gets or sets the address; null when the link is not valid.</summary>
    public string Email { get; set; }

    /// <summary>Gets or sets whether the address was unsubscribed by this request.</summary>
    public bool Unsubscribed { get; set; }
}
