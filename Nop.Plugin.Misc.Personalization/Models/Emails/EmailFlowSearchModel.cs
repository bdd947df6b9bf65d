using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents the email flow list page
/// </summary>
public record EmailFlowSearchModel : BaseSearchModel
{
}
