using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Merchandising;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the merchandising rule pages
/// </summary>
public interface IMerchandisingRuleModelFactory
{
    /// <summary>
    /// Prepares the rule list page
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model
    /// </returns>
    Task<MerchandisingRuleSearchModel> PrepareMerchandisingRuleSearchModelAsync(MerchandisingRuleSearchModel searchModel);

    /// <summary>
    /// Prepares a page of the rule grid: name, active, store, priority, placement and the rule in plain words
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page of rules
    /// </returns>
    Task<MerchandisingRuleListModel> PrepareMerchandisingRuleListModelAsync(MerchandisingRuleSearchModel searchModel);

    /// <summary>
    /// Prepares the create/edit form
    /// </summary>
    /// <param name="model">The posted form; null to start from <paramref name="rule"/> or a new rule</param>
    /// <param name="rule">The stored rule; null for a new one</param>
    /// <param name="excludeProperties">Whether to keep the posted fields rather than the stored ones</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the form with its select lists and the rule in plain words
    /// </returns>
    Task<MerchandisingRuleModel> PrepareMerchandisingRuleModelAsync(MerchandisingRuleModel model, MerchandisingRule rule, bool excludeProperties = false);

    /// <summary>
    /// Prepares what the editor shows live: the posted rule in plain words and the problems at their fields
    /// </summary>
    /// <param name="model">The posted form</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the description and the issues
    /// </returns>
    Task<MerchandisingRuleDescriptionModel> PrepareMerchandisingRuleDescriptionModelAsync(MerchandisingRuleModel model);
}
