using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Merchandising;

/// <summary>
/// Represents the merchandising rule list page: the grid's paging
/// </summary>
public record MerchandisingRuleSearchModel : BaseSearchModel;
