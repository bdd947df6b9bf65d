using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents the send log grid of a flow
/// </summary>
public record EmailSendSearchModel : BaseSearchModel
{
    public int FlowId { get; set; }
}
