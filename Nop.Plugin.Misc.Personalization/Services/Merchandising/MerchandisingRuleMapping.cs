using Personalization.Engine.Campaigns;
using Personalization.Engine.Recommendations.Rules;
using MerchandisingRule = Nop.Plugin.Misc.Personalization.Domain.MerchandisingRule;
using EngineRule = Personalization.Engine.Recommendations.Rules.MerchandisingRule;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// Turns stored merchandising rules into the engine's and back. The JSON holds what the columns do not (trigger,
/// action, placement, stop flag), in the engine's JSON conventions (camelCase, enums as names).
/// </summary>
public static class MerchandisingRuleMapping
{
    /// <summary>What the JSON column holds.</summary>
    public sealed record StoredRule(RuleTrigger Trigger, RuleAction Action, RulePlacement Placement, bool StopFurtherRules);

    /// <summary>Reads a stored rule; false with the reason when its JSON is not a rule.</summary>
    public static bool TryRead(MerchandisingRule rule, out EngineRule engineRule, out string error)
    {
        ArgumentNullException.ThrowIfNull(rule);
        engineRule = null;
        if (!CampaignJson.TryRead<StoredRule>(rule.RuleJson, out var stored, out error))
        {
            error = $"Rule: {error}";
            return false;
        }

        engineRule = new EngineRule
        {
            Id = rule.Id,
            Name = rule.Name,
            Active = rule.Active,
            StoreId = rule.StoreId,
            Priority = rule.Priority,
            StartsOnUtc = rule.StartsOnUtc,
            EndsOnUtc = rule.EndsOnUtc,
            Trigger = stored.Trigger ?? new RuleTrigger(),
            Action = stored.Action ?? new RuleAction(),
            Placement = stored.Placement ?? new RulePlacement(),
            StopFurtherRules = stored.StopFurtherRules
        };
        return true;
    }

    /// <summary>Copies an engine rule onto a stored one: its columns and the JSON of the rest.</summary>
    public static void Write(EngineRule engineRule, MerchandisingRule rule)
    {
        ArgumentNullException.ThrowIfNull(engineRule);
        ArgumentNullException.ThrowIfNull(rule);
        rule.Name = engineRule.Name?.Trim();
        rule.Active = engineRule.Active;
        rule.StoreId = engineRule.StoreId;
        rule.Priority = engineRule.Priority;
        rule.StartsOnUtc = engineRule.StartsOnUtc;
        rule.EndsOnUtc = engineRule.EndsOnUtc;
        rule.Placement = MerchandisingRuleDescriber.DescribePlacement(engineRule);
        rule.RuleJson = CampaignJson.Write(new StoredRule(engineRule.Trigger, engineRule.Action, engineRule.Placement, engineRule.StopFurtherRules));
    }
}
