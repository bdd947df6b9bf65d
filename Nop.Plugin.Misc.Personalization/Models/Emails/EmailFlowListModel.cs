using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents a page of the email flow grid
/// </summary>
public record EmailFlowListModel : BasePagedListModel<EmailFlowModel>
{
}
