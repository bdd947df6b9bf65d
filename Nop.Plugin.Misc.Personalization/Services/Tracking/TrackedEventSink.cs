using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Writes batches of captured events into the event table with one bulk insert per batch, then brings the
/// customers' profiles up to date. Runs on the background flusher, outside any request, so it opens its own
/// service scope per batch.
/// </summary>
public class TrackedEventSink : IEventSink
{
    protected readonly ILogger<TrackedEventSink> _logger;
    protected readonly IServiceScopeFactory _serviceScopeFactory;

    public TrackedEventSink(IServiceScopeFactory serviceScopeFactory, ILogger<TrackedEventSink> logger)
    {
        _serviceScopeFactory = serviceScopeFactory;
        _logger = logger;
    }

    /// <summary>
    /// Writes one batch; throws when the database is unavailable so the flusher retries
    /// </summary>
    /// <param name="batch">Events to write</param>
    /// <param name="cancellationToken">Cancels the write</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task WriteAsync(IReadOnlyList<VisitorEvent> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
            return;

        var rows = new List<TrackedEvent>(batch.Count);
        foreach (var item in batch)
            rows.Add(ToRow(item));

        using var scope = _serviceScopeFactory.CreateScope();
        //no entity events: thousands of inserted events must not wake every cache consumer of the store
        await scope.ServiceProvider.GetRequiredService<IRepository<TrackedEvent>>().InsertAsync(rows, publishEvent: false);

        //the events are stored: a failing profile update must not make the flusher write them twice;
        //profiles can be rebuilt from the stored events
        try
        {
            await scope.ServiceProvider.GetRequiredService<IProfileUpdateService>().ApplyAsync(batch);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Personalization: updating the profiles of {Count} stored events failed", batch.Count);
        }

        //a goal reached after a campaign's exposure is its conversion; losing one is better than writing the events twice
        try
        {
            await scope.ServiceProvider.GetRequiredService<ICampaignExposureService>().RecordConversionsAsync(batch);
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Personalization: recording the campaign conversions of {Count} stored events failed", batch.Count);
        }
    }

    /// <summary>Maps an engine event to its table row.</summary>
    public static TrackedEvent ToRow(VisitorEvent visitorEvent) => TrackedEventMapping.ToRow(visitorEvent);
}
