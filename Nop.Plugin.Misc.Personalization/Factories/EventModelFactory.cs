using Microsoft.AspNetCore.Mvc.Rendering;
using System.Text.Json;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Events;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Services.Localization;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the events page and the customer timeline
/// </summary>
public class EventModelFactory : IEventModelFactory
{
    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly ITrackedEventService _trackedEventService;

    #endregion

    #region Ctor

    public EventModelFactory(ILocalizationService localizationService,
        IRepository<CustomerProfile> profileRepository,
        ITrackedEventService trackedEventService)
    {
        _localizationService = localizationService;
        _profileRepository = profileRepository;
        _trackedEventService = trackedEventService;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the resource key naming an event type.</summary>
    public static string EventTypeResourceKey(TrackedEventType type) => $"Plugins.Misc.Personalization.EventTypes.{type}";

    protected virtual async Task<EventModel> PrepareEventModelAsync(TrackedEvent row)
    {
        var type = (TrackedEventType)row.EventTypeId;
        return new EventModel
        {
            Id = row.Id,
            CustomerId = row.CustomerId,
            EventType = Enum.IsDefined(type) ? await _localizationService.GetResourceAsync(EventTypeResourceKey(type)) : row.EventTypeId.ToString(),
            EntityId = row.EntityId,
            Value = row.Value,
            Label = row.Label,
            CreatedOnUtc = row.CreatedOnUtc
        };
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the events page filters
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model with its choices filled
    /// </returns>
    public virtual async Task<EventSearchModel> PrepareEventSearchModelAsync(EventSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.AvailableEventTypes.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var type in Enum.GetValues<TrackedEventType>())
            searchModel.AvailableEventTypes.Add(new SelectListItem(await _localizationService.GetResourceAsync(EventTypeResourceKey(type)), ((int)type).ToString()));

        searchModel.SetGridPageSize();
        return searchModel;
    }

    /// <summary>
    /// Prepares one page of the events grid
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the grid page
    /// </returns>
    public virtual async Task<EventListModel> PrepareEventListModelAsync(EventSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var filter = new TrackedEventFilter(
            CustomerId: searchModel.SearchCustomerId > 0 ? searchModel.SearchCustomerId : null,
            Type: searchModel.SearchEventTypeId > 0 ? (TrackedEventType)searchModel.SearchEventTypeId : null,
            FromUtc: searchModel.CreatedFromUtc,
            //the "to" date includes its whole day
            ToUtc: searchModel.CreatedToUtc?.Date.AddDays(1));
        var pageSize = Math.Max(searchModel.Length, 1);
        var events = await _trackedEventService.SearchAsync(filter, searchModel.Start / pageSize, pageSize);

        var rows = new List<EventModel>(events.Count);
        foreach (var row in events)
            rows.Add(await PrepareEventModelAsync(row));

        return new EventListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = events.TotalCount,
            RecordsFiltered = events.TotalCount
        };
    }

    /// <summary>
    /// Prepares a customer's latest events
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="count">How many events to show</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the timeline
    /// </returns>
    public virtual async Task<CustomerTimelineModel> PrepareCustomerTimelineModelAsync(int customerId, int count)
    {
        var events = await _trackedEventService.SearchAsync(new TrackedEventFilter(CustomerId: customerId), 0, count);
        var model = new CustomerTimelineModel { CustomerId = customerId, TotalEvents = events.TotalCount };
        foreach (var row in events)
            model.Events.Add(await PrepareEventModelAsync(row));

        var profile = (await _profileRepository.GetAllAsync(query => query.Where(row => row.CustomerId == customerId))).FirstOrDefault();
        if (profile != null)
        {
            model.HasProfile = true;
            model.FirstSeenOnUtc = profile.FirstSeenOnUtc;
            model.LastSeenOnUtc = profile.LastSeenOnUtc;
            model.Visits = profile.VisitCount;
            model.ProductViews = profile.ProductViewCount;
            model.Orders = profile.OrderCount;
            model.LifetimeValue = profile.LifetimeValue;
            model.AverageOrderValue = profile.AverageOrderValue;
            model.CartValue = profile.CartValue;
            if (!string.IsNullOrEmpty(profile.StateJson))
                model.TopCategoryIds = JsonSerializer.Deserialize<CustomerProfileState>(profile.StateJson).TopCategories.Select(affinity => affinity.Id).ToList();
        }

        return model;
    }

    #endregion
}
