using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Merchandising;

/// <summary>
/// Represents a merchandising rule: a row of the grid and the create/edit form
/// </summary>
public record MerchandisingRuleModel : BaseNopEntityModel
{
    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Name")]
    public string Name { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Active")]
    public bool Active { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Store")]
    public int StoreId { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.Priority")]
    public int Priority { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.StartsOnUtc")]
    [UIHint("DateTimeNullable")]
    public DateTime? StartsOnUtc { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.EndsOnUtc")]
    [UIHint("DateTimeNullable")]
    public DateTime? EndsOnUtc { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Merchandising.Fields.StopFurtherRules")]
    public bool StopFurtherRules { get; set; }

    public RuleTriggerModel Trigger { get; set; } = new();

    public RuleActionModel Action { get; set; } = new();

    public RulePlacementModel Placement { get; set; } = new();

    public string StoreName { get; set; }

    /// <summary>Gets or sets where the rule applies, in words.</summary>
    public string PlacementText { get; set; }

    /// <summary>Gets or sets the trigger in plain words.</summary>
    public string TriggerText { get; set; }

    /// <summary>Gets or sets the action in plain words.</summary>
    public string ActionText { get; set; }

    /// <summary>Gets or sets the whole rule in one sentence.</summary>
    public string Description { get; set; }

    /// <summary>Gets or sets the engine's warnings (the rule may be saved with them).</summary>
    public IList<string> Warnings { get; set; } = new List<string>();

    public IList<SelectListItem> AvailableStores { get; set; } = new List<SelectListItem>();

    public IList<SelectListItem> AvailableActionKinds { get; set; } = new List<SelectListItem>();

    /// <summary>Gets or sets the strategies a rule may be placed in, for the placement's suggestions.</summary>
    public IList<string> AvailableStrategies { get; set; } = new List<string>();
}
