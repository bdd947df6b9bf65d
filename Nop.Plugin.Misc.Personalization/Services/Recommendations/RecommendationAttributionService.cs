using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Configuration;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Counts slot figures in the database: impressions are the slots' impression events, clicks and adds to cart the
/// tracker's slot clicks (product as entity, slot as value), and revenue joins those clicks with the same customer's
/// later order lines of the same product. Each figure is one grouped query; nothing is read row by row.
/// </summary>
public class RecommendationAttributionService : IRecommendationAttributionService
{
    #region Fields

    protected readonly IRepository<Order> _orderRepository;
    protected readonly IRepository<OrderItem> _orderItemRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly ISettingService _settingService;

    #endregion

    #region Ctor

    public RecommendationAttributionService(IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        ISettingService settingService)
    {
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _trackedEventRepository = trackedEventRepository;
        _settingService = settingService;
    }

    #endregion

    #region Utilities

    /// <summary>The tracker's clicks on slot products, from a time on.</summary>
    protected virtual IQueryable<TrackedEvent> SlotClicks(DateTime fromUtc)
    {
        var click = (int)TrackedEventType.Click;
        var prefix = PersonalizationDefaults.SlotClickLabelPrefix;
        return _trackedEventRepository.Table.Where(e => e.EventTypeId == click && e.CreatedOnUtc >= fromUtc
            && e.Label.StartsWith(prefix) && e.EntityId > 0 && e.Value > 0);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets each slot's impressions, clicks, adds to cart, attributed orders and revenue of a period; an ordered product
    /// is attributed to every slot it was clicked or added from by the ordering customer within the attribution window
    /// (RecommendationSettings.AttributionDays) before the order
    /// </summary>
    /// <param name="fromUtc">Start of the period (UTC, inclusive)</param>
    /// <param name="toUtc">End of the period (UTC, exclusive)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the figures by slot identifier; slots that did nothing are left out
    /// </returns>
    public virtual async Task<IDictionary<int, RecommendationSlotFigures>> GetSlotFiguresAsync(DateTime fromUtc, DateTime toUtc)
    {
        var settings = await _settingService.LoadSettingAsync<RecommendationSettings>();
        var days = Math.Clamp(settings.AttributionDays, 1, RecommendationSettings.MaxAttributionDays);

        var impression = (int)TrackedEventType.RecommendationImpression;
        var impressions = _trackedEventRepository.Table
            .Where(e => e.EventTypeId == impression && e.CreatedOnUtc >= fromUtc && e.CreatedOnUtc < toUtc)
            .GroupBy(e => e.EntityId)
            .Select(group => new { SlotId = group.Key, Count = group.Count() })
            .ToList();

        var cartPrefix = PersonalizationDefaults.SlotAddToCartLabelPrefix;
        var clicks = SlotClicks(fromUtc)
            .Where(e => e.CreatedOnUtc < toUtc)
            .GroupBy(e => new { e.Value, ToCart = e.Label.StartsWith(cartPrefix) })
            .Select(group => new { group.Key.Value, group.Key.ToCart, Count = group.Count() })
            .ToList();

        //a click counts for orders up to the window after it, so clicks from before the period can earn its orders
        var cancelled = (int)OrderStatus.Cancelled;
        var attributed = (from e in SlotClicks(fromUtc.AddDays(-days))
                join order in _orderRepository.Table on e.CustomerId equals order.CustomerId
                join item in _orderItemRepository.Table on order.Id equals item.OrderId
                where item.ProductId == e.EntityId && !order.Deleted && order.OrderStatusId != cancelled
                    && order.CreatedOnUtc >= fromUtc && order.CreatedOnUtc < toUtc
                    && e.CreatedOnUtc <= order.CreatedOnUtc && e.CreatedOnUtc >= order.CreatedOnUtc.AddDays(-days)
                select new { Slot = e.Value, OrderId = order.Id, ItemId = item.Id, Revenue = item.UnitPriceInclTax * item.Quantity })
            //a line clicked twice from one slot counts once
            .Distinct()
            .GroupBy(line => new { line.Slot, line.OrderId })
            .Select(group => new { group.Key.Slot, Revenue = group.Sum(line => line.Revenue) })
            .ToList();

        var figures = new Dictionary<int, RecommendationSlotFigures>();
        RecommendationSlotFigures Of(int slotId) => figures.GetValueOrDefault(slotId, RecommendationSlotFigures.None);
        foreach (var row in impressions)
            figures[row.SlotId] = Of(row.SlotId) with { Impressions = row.Count };
        foreach (var row in clicks)
        {
            var slotId = (int)row.Value;
            figures[slotId] = row.ToCart
                ? Of(slotId) with { AddToCarts = Of(slotId).AddToCarts + row.Count }
                : Of(slotId) with { Clicks = Of(slotId).Clicks + row.Count };
        }
        foreach (var row in attributed)
        {
            var slotId = (int)row.Slot;
            figures[slotId] = Of(slotId) with { Orders = Of(slotId).Orders + 1, Revenue = Of(slotId).Revenue + row.Revenue };
        }

        return figures;
    }

    #endregion
}
