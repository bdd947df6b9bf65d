using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Contacts;

/// <summary>
/// Represents one page of the contacts grid
/// </summary>
public record ContactListModel : BasePagedListModel<ContactModel>;
