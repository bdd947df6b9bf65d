using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// A merchandising rule inserted, updated or deleted changes the rules version, so every server recompiles the rules it applies.
/// </summary>
public class MerchandisingRuleVersionEventConsumer : IConsumer<EntityInsertedEvent<MerchandisingRule>>,
    IConsumer<EntityUpdatedEvent<MerchandisingRule>>,
    IConsumer<EntityDeletedEvent<MerchandisingRule>>
{
    protected readonly IMerchandisingRuleSetService _ruleSetService;

    public MerchandisingRuleVersionEventConsumer(IMerchandisingRuleSetService ruleSetService)
    {
        _ruleSetService = ruleSetService;
    }

    /// <summary>Handles a new rule</summary>
    public Task HandleEventAsync(EntityInsertedEvent<MerchandisingRule> eventMessage) => _ruleSetService.ChangeRulesVersionAsync();

    /// <summary>Handles an edited rule</summary>
    public Task HandleEventAsync(EntityUpdatedEvent<MerchandisingRule> eventMessage) => _ruleSetService.ChangeRulesVersionAsync();

    /// <summary>Handles a deleted rule</summary>
    public Task HandleEventAsync(EntityDeletedEvent<MerchandisingRule> eventMessage) => _ruleSetService.ChangeRulesVersionAsync();
}
