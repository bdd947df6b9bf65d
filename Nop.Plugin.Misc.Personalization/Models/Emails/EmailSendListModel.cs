using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents a page of the send log
/// </summary>
public record EmailSendListModel : BasePagedListModel<EmailSendModel>
{
}
