using Nop.Plugin.Misc.Personalization.Models.Events;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the events page and the customer timeline
/// </summary>
public interface IEventModelFactory
{
    /// <summary>
    /// Prepares the events page filters
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model with its choices filled
    /// </returns>
    Task<EventSearchModel> PrepareEventSearchModelAsync(EventSearchModel searchModel);

    /// <summary>
    /// Prepares one page of the events grid
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the grid page
    /// </returns>
    Task<EventListModel> PrepareEventListModelAsync(EventSearchModel searchModel);

    /// <summary>
    /// Prepares a customer's latest events
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="count">How many events to show</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the timeline
    /// </returns>
    Task<CustomerTimelineModel> PrepareCustomerTimelineModelAsync(int customerId, int count);
}
