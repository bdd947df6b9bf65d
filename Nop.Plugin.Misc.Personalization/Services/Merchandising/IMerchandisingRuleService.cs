using Nop.Core;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// The merchant's merchandising rules: storage, validated by the engine on every save.
/// </summary>
public interface IMerchandisingRuleService
{
    /// <summary>
    /// Gets a rule
    /// </summary>
    /// <param name="ruleId">Rule identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the rule; null when there is none
    /// </returns>
    Task<MerchandisingRule> GetRuleByIdAsync(int ruleId);

    /// <summary>
    /// Gets rules
    /// </summary>
    /// <param name="storeId">Store identifier; 0 to load all records, otherwise the store's and the all-stores rules</param>
    /// <param name="active">Whether active; null to load all</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the rules, highest priority first, then by name
    /// </returns>
    Task<IPagedList<MerchandisingRule>> GetAllRulesAsync(int storeId = 0, bool? active = null, int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>
    /// Inserts a rule after validating it
    /// </summary>
    /// <param name="rule">Rule</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="MerchandisingRuleValidationException">The rule is not valid (the engine's messages); nothing is stored</exception>
    Task InsertRuleAsync(MerchandisingRule rule);

    /// <summary>
    /// Updates a rule after validating it
    /// </summary>
    /// <param name="rule">Rule</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="MerchandisingRuleValidationException">The rule is not valid (the engine's messages); the stored rule is unchanged</exception>
    Task UpdateRuleAsync(MerchandisingRule rule);

    /// <summary>
    /// Deletes a rule
    /// </summary>
    /// <param name="rule">Rule</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task DeleteRuleAsync(MerchandisingRule rule);
}
