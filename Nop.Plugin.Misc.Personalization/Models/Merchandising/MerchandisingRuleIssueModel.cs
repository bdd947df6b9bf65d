using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Merchandising;

/// <summary>
/// Represents one problem of a rule: the form field (as the model binder names it) and the message
/// </summary>
public record MerchandisingRuleIssueModel : BaseNopModel
{
    public string Field { get; set; }

    public string Message { get; set; }

    public bool IsError { get; set; }
}
