using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// A campaign inserted, updated or deleted changes the campaigns version, so every server recompiles the campaigns it serves.
/// </summary>
public class CampaignVersionEventConsumer : IConsumer<EntityInsertedEvent<Campaign>>,
    IConsumer<EntityUpdatedEvent<Campaign>>,
    IConsumer<EntityDeletedEvent<Campaign>>
{
    protected readonly ICampaignSetService _campaignSetService;

    public CampaignVersionEventConsumer(ICampaignSetService campaignSetService)
    {
        _campaignSetService = campaignSetService;
    }

    /// <summary>Handles a new campaign</summary>
    public Task HandleEventAsync(EntityInsertedEvent<Campaign> eventMessage) => _campaignSetService.ChangeCampaignsVersionAsync();

    /// <summary>Handles an edited campaign</summary>
    public Task HandleEventAsync(EntityUpdatedEvent<Campaign> eventMessage) => _campaignSetService.ChangeCampaignsVersionAsync();

    /// <summary>Handles a deleted campaign</summary>
    public Task HandleEventAsync(EntityDeletedEvent<Campaign> eventMessage) => _campaignSetService.ChangeCampaignsVersionAsync();
}
