using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Recommendations.Rules;
using MerchandisingRule = Nop.Plugin.Misc.Personalization.Domain.MerchandisingRule;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// The merchant's merchandising rules. The engine rule is the truth: the listed columns (name, store, priority, dates,
/// placement) are copied from it on save, so they never disagree with what is served.
/// </summary>
public class MerchandisingRuleService : IMerchandisingRuleService
{
    #region Fields

    protected readonly IRepository<MerchandisingRule> _ruleRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public MerchandisingRuleService(IRepository<MerchandisingRule> ruleRepository,
        TimeProvider timeProvider)
    {
        _ruleRepository = ruleRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Refuses a rule the engine does not accept (with its messages); copies the listed columns from it.</summary>
    protected virtual void Prepare(MerchandisingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (!MerchandisingRuleMapping.TryRead(rule, out var engineRule, out var error))
            throw new MerchandisingRuleValidationException(nameof(MerchandisingRule.RuleJson), error);

        var issues = MerchandisingRuleValidator.Validate(engineRule, _timeProvider.GetUtcNow().UtcDateTime);
        if (!MerchandisingRuleValidator.IsValid(issues))
            throw new MerchandisingRuleValidationException(issues);
        if (engineRule.Name.Trim().Length > MerchandisingTables.NameMaxLength)
            throw new MerchandisingRuleValidationException(nameof(MerchandisingRule.Name), $"Name: has more than {MerchandisingTables.NameMaxLength} characters.");

        MerchandisingRuleMapping.Write(engineRule, rule);
        if (rule.Placement.Length > MerchandisingTables.PlacementMaxLength)
            throw new MerchandisingRuleValidationException("Placement.Slots", $"Placement: names more slots and strategies than {MerchandisingTables.PlacementMaxLength} characters hold.");
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets a rule
    /// </summary>
    /// <param name="ruleId">Rule identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the rule; null when there is none
    /// </returns>
    public virtual async Task<MerchandisingRule> GetRuleByIdAsync(int ruleId) =>
        ruleId > 0 ? (await _ruleRepository.GetAllAsync(query => query.Where(rule => rule.Id == ruleId))).FirstOrDefault() : null;

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
    public virtual async Task<IPagedList<MerchandisingRule>> GetAllRulesAsync(int storeId = 0, bool? active = null, int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return await _ruleRepository.GetAllPagedAsync(query =>
        {
            if (storeId > 0)
                query = query.Where(rule => rule.StoreId == storeId || rule.StoreId == 0);
            if (active is { } wanted)
                query = query.Where(rule => rule.Active == wanted);

            return query.OrderByDescending(rule => rule.Priority).ThenBy(rule => rule.Name).ThenBy(rule => rule.Id);
        }, pageIndex, pageSize);
    }

    /// <summary>
    /// Inserts a rule after validating it
    /// </summary>
    /// <param name="rule">Rule</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="MerchandisingRuleValidationException">The rule is not valid (the engine's messages); nothing is stored</exception>
    public virtual async Task InsertRuleAsync(MerchandisingRule rule)
    {
        Prepare(rule);
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        rule.CreatedOnUtc = now;
        rule.UpdatedOnUtc = now;
        await _ruleRepository.InsertAsync(rule);
    }

    /// <summary>
    /// Updates a rule after validating it
    /// </summary>
    /// <param name="rule">Rule</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    /// <exception cref="MerchandisingRuleValidationException">The rule is not valid (the engine's messages); the stored rule is unchanged</exception>
    public virtual async Task UpdateRuleAsync(MerchandisingRule rule)
    {
        Prepare(rule);
        rule.UpdatedOnUtc = _timeProvider.GetUtcNow().UtcDateTime;
        await _ruleRepository.UpdateAsync(rule);
    }

    /// <summary>
    /// Deletes a rule
    /// </summary>
    /// <param name="rule">Rule</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task DeleteRuleAsync(MerchandisingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        await _ruleRepository.DeleteAsync(rule);
    }

    #endregion
}
