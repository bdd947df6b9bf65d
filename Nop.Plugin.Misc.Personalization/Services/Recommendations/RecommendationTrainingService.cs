using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Configuration;
using Personalization.Engine.Recommendations;
using Personalization.Engine.Recommendations.Lists;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Trains the recommendation lists on the store's orders, product views and catalogue content with the engine and stores them as a run.
/// A run is written completely before serving switches to it, so visitors never see half a run; two nodes training
/// at once write two runs and the later switch wins.
/// </summary>
public class RecommendationTrainingService : IRecommendationTrainingService
{
    /// <summary>Items kept per list (slots show up to 12; the rest covers filtering at serve time).</summary>
    public const int ItemsPerList = 30;

    /// <summary>Lists written per round trip.</summary>
    public const int WriteBatchSize = 1000;

    /// <summary>How far back orders are learned from.</summary>
    public static readonly TimeSpan OrderHistory = TimeSpan.FromDays(365);

    /// <summary>How far back product views are learned from.</summary>
    public static readonly TimeSpan ViewHistory = TimeSpan.FromDays(90);

    #region Fields

    protected readonly ICatalogContentService _catalogContentService;
    protected readonly IRepository<Order> _orderRepository;
    protected readonly IRepository<OrderItem> _orderItemRepository;
    protected readonly IRepository<Product> _productRepository;
    protected readonly IRepository<ProductCategory> _productCategoryRepository;
    protected readonly IRepository<RecommendationList> _listRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly ISettingService _settingService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public RecommendationTrainingService(ICatalogContentService catalogContentService,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<Product> productRepository,
        IRepository<ProductCategory> productCategoryRepository,
        IRepository<RecommendationList> listRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        ISettingService settingService,
        TimeProvider timeProvider)
    {
        _catalogContentService = catalogContentService;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _productRepository = productRepository;
        _productCategoryRepository = productCategoryRepository;
        _listRepository = listRepository;
        _trackedEventRepository = trackedEventRepository;
        _settingService = settingService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Order lines of orders that were not cancelled: (order, customer, product, time).</summary>
    protected virtual List<(int OrderId, int CustomerId, int ProductId, DateTime CreatedOnUtc)> LoadOrderLines(DateTime fromUtc)
    {
        var cancelled = (int)OrderStatus.Cancelled;
        return (from item in _orderItemRepository.Table
                join order in _orderRepository.Table on item.OrderId equals order.Id
                where !order.Deleted && order.OrderStatusId != cancelled && order.CreatedOnUtc >= fromUtc
                select new { order.Id, order.CustomerId, item.ProductId, order.CreatedOnUtc })
            .ToList()
            .Select(line => (line.Id, line.CustomerId, line.ProductId, line.CreatedOnUtc))
            .ToList();
    }

    /// <summary>Product views with a browsing session: (session, customer, product, time).</summary>
    protected virtual List<(Guid SessionId, int CustomerId, int ProductId, DateTime CreatedOnUtc)> LoadProductViews(DateTime fromUtc)
    {
        var productView = (int)TrackedEventType.ProductView;
        return _trackedEventRepository.Table
            .Where(row => row.EventTypeId == productView && row.CreatedOnUtc >= fromUtc && row.EntityId > 0 && row.SessionId != Guid.Empty)
            .Select(row => new { row.SessionId, row.CustomerId, row.EntityId, row.CreatedOnUtc })
            .ToList()
            .Select(row => (row.SessionId, row.CustomerId, row.EntityId, row.CreatedOnUtc))
            .ToList();
    }

    protected virtual async Task<int> WriteAsync(IEnumerable<PrecomputedList> lists, int version, DateTime now)
    {
        var written = 0;
        var batch = new List<RecommendationList>(WriteBatchSize);
        foreach (var list in lists)
        {
            batch.Add(new RecommendationList
            {
                Strategy = list.Strategy,
                AnchorId = list.AnchorId,
                CustomerId = list.Strategy == RecommendationStrategies.PickedForYou ? list.AnchorId : 0,
                Version = version,
                ItemsJson = JsonSerializer.Serialize(list.Items),
                CreatedOnUtc = now
            });
            if (batch.Count == WriteBatchSize)
            {
                await _listRepository.InsertAsync(batch, publishEvent: false);
                written += batch.Count;
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await _listRepository.InsertAsync(batch, publishEvent: false);
            written += batch.Count;
        }

        return written;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Learns from the last year of orders, the last 90 days of product views and the published catalogue, writes every list as a new run,
    /// switches serving to it and deletes older runs
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the state of the new run
    /// </returns>
    public virtual async Task<RecommendationSettings> TrainAsync()
    {
        var clock = Stopwatch.StartNew();
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var lines = LoadOrderLines(now - OrderHistory);
        var views = LoadProductViews(now - ViewHistory);

        var purchases = InteractionModel.Build(lines.Select(line => new InteractionRecord(Id(line.CustomerId), Id(line.ProductId), 1f, line.CreatedOnUtc)));
        var baskets = OrderLineInteractions.Baskets(lines.Select(line => (Id(line.OrderId), Id(line.ProductId))), purchases);
        var viewModel = InteractionModel.Build(views.Select(view => new InteractionRecord(Id(view.CustomerId), Id(view.ProductId), 1f, view.CreatedOnUtc)));
        var sessions = OrderLineInteractions.Baskets(views.Select(view => (view.SessionId.ToString("N"), Id(view.ProductId))), viewModel);

        var productIds = lines.Select(line => line.ProductId).Concat(views.Select(view => view.ProductId)).Distinct().ToList();
        var names = _productRepository.Table.Where(product => productIds.Contains(product.Id))
            .Select(product => new { product.Id, product.Name }).ToList().ToDictionary(product => product.Id, product => product.Name);
        var categories = _productCategoryRepository.Table.Where(mapping => productIds.Contains(mapping.ProductId))
            .Select(mapping => new { mapping.ProductId, mapping.CategoryId }).ToList()
            .GroupBy(mapping => mapping.ProductId)
            .ToDictionary(group => group.Key, group => (IReadOnlyList<int>)group.Select(mapping => mapping.CategoryId).ToList());
        string NameOf(int productId) => names.GetValueOrDefault(productId);

        var options = new CoPurchaseOptions();
        var lists = RecommendationListBuilder.AlsoBought(purchases, baskets, options, ItemsPerList, NameOf)
            .Concat(RecommendationListBuilder.ViewedTogether(viewModel, sessions, options, ItemsPerList, NameOf))
            .Concat(RecommendationListBuilder.Similar(_catalogContentService.GetPublishedCatalog(), ItemsPerList))
            .Concat(RecommendationListBuilder.TopSellers(purchases, categories, ItemsPerList))
            .Concat(purchases.ItemCount > 0
                ? RecommendationListBuilder.PickedForYou(purchases, EaseModel.Train(purchases.UserItems, itemNames: RecommendationListBuilder.ProductNames(purchases, NameOf)), ItemsPerList)
                : []);

        var settings = await _settingService.LoadSettingAsync<RecommendationSettings>();
        var version = Math.Max(settings.ListVersion, _listRepository.Table.Select(row => (int?)row.Version).Max() ?? 0) + 1;
        var written = await WriteAsync(lists, version, now);

        settings.ListVersion = version;
        settings.TrainedOnUtc = now;
        settings.TrainedOrderLines = lines.Count;
        settings.TrainedLists = written;
        settings.TrainingSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
        await _settingService.SaveSettingAsync(settings);

        //the old run is deleted only once serving has moved to the new one
        await _listRepository.DeleteAsync(row => row.Version < version);
        return settings;
    }

    #endregion
}
