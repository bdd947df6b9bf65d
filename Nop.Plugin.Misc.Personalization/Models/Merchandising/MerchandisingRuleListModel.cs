using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Merchandising;

/// <summary>
/// Represents one page of the merchandising rule grid
/// </summary>
public record MerchandisingRuleListModel : BasePagedListModel<MerchandisingRuleModel>;
