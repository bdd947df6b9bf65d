using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Merchandising;

/// <summary>
/// Represents what the editor shows live while a rule is edited: the rule in words and the problems at their fields
/// </summary>
public record MerchandisingRuleDescriptionModel : BaseNopModel
{
    public string Description { get; set; }

    public IList<MerchandisingRuleIssueModel> Issues { get; set; } = new List<MerchandisingRuleIssueModel>();
}
