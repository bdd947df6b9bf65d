using System.Globalization;
using System.Text.Json;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Localization;
using Personalization.Engine.Clustering;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// Discovers customer groups with the engine's k-means over category spend shares (the store's own categories), price
/// index and discount use, stores the last result, and turns a cluster into a segment through the segment service.
/// </summary>
public class SegmentDiscoveryService : ISegmentDiscoveryService
{
    /// <summary>Fewest customers clustered (k up to 8 with at least 3% in each group).</summary>
    public const int MinCustomers = 50;

    /// <summary>Most customers clustered; a larger store is sampled evenly by customer id.</summary>
    public const int MaxCustomers = 20_000;

    /// <summary>The template key of segments made from a cluster.</summary>
    public const string TemplateKey = "discovered-cluster";

    /// <summary>How far back orders are clustered.</summary>
    public static readonly TimeSpan OrderHistory = TimeSpan.FromDays(365);

    #region Fields

    protected readonly ILocker _locker;
    protected readonly ILocalizationService _localizationService;
    protected readonly IPredictionModelService _modelService;
    protected readonly IRepository<Category> _categoryRepository;
    protected readonly IRepository<Order> _orderRepository;
    protected readonly IRepository<OrderItem> _orderItemRepository;
    protected readonly IRepository<ProductCategory> _productCategoryRepository;
    protected readonly ISegmentService _segmentService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public SegmentDiscoveryService(ILocker locker,
        ILocalizationService localizationService,
        IPredictionModelService modelService,
        IRepository<Category> categoryRepository,
        IRepository<Order> orderRepository,
        IRepository<OrderItem> orderItemRepository,
        IRepository<ProductCategory> productCategoryRepository,
        ISegmentService segmentService,
        TimeProvider timeProvider)
    {
        _locker = locker;
        _localizationService = localizationService;
        _modelService = modelService;
        _categoryRepository = categoryRepository;
        _orderRepository = orderRepository;
        _orderItemRepository = orderItemRepository;
        _productCategoryRepository = productCategoryRepository;
        _segmentService = segmentService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets each product's main category (its first mapping), by product.</summary>
    protected virtual Dictionary<int, int> LoadMainCategories(IReadOnlyCollection<int> productIds)
    {
        var main = new Dictionary<int, (int MappingId, int CategoryId)>();
        foreach (var chunk in productIds.Chunk(PredictionHistoryService.ChunkSize))
        {
            foreach (var mapping in _productCategoryRepository.Table.Where(row => chunk.Contains(row.ProductId))
                         .Select(row => new { row.Id, row.ProductId, row.CategoryId }).ToList())
            {
                if (!main.TryGetValue(mapping.ProductId, out var found) || mapping.Id < found.MappingId)
                    main[mapping.ProductId] = (mapping.Id, mapping.CategoryId);
            }
        }

        return main.ToDictionary(pair => pair.Key, pair => pair.Value.CategoryId);
    }

    /// <summary>Gets the names of categories; a name two categories share is told apart by its parent ("Computers > Accessories").</summary>
    protected virtual Dictionary<int, string> LoadCategoryNames(IReadOnlyCollection<int> categoryIds)
    {
        var categories = new Dictionary<int, (string Name, int ParentId)>();
        foreach (var chunk in categoryIds.Chunk(PredictionHistoryService.ChunkSize))
        {
            foreach (var category in _categoryRepository.Table.Where(row => chunk.Contains(row.Id) && !row.Deleted)
                         .Select(row => new { row.Id, row.Name, row.ParentCategoryId }).ToList())
                categories[category.Id] = (category.Name, category.ParentCategoryId);
        }

        var parentIds = categories.Values.Select(c => c.ParentId).Where(id => id > 0 && !categories.ContainsKey(id)).Distinct().ToArray();
        var parents = parentIds.Length == 0 ? new Dictionary<int, string>()
            : _categoryRepository.Table.Where(row => parentIds.Contains(row.Id)).Select(row => new { row.Id, row.Name }).ToList().ToDictionary(row => row.Id, row => row.Name);
        string ParentName(int id) => categories.TryGetValue(id, out var c) ? c.Name : parents.GetValueOrDefault(id);

        var shared = categories.Values.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return categories.ToDictionary(pair => pair.Key, pair =>
            shared.Contains(pair.Value.Name) && ParentName(pair.Value.ParentId) is { } parent ? $"{parent} > {pair.Value.Name}" : pair.Value.Name);
    }

    /// <summary>Gets the categorized sales lines of the customers clustered, and the category each line's name stands for.</summary>
    protected virtual (List<CategorizedLine> Lines, Dictionary<string, int> CategoryIds) LoadLines(DateTime fromUtc)
    {
        var cancelled = (int)OrderStatus.Cancelled;
        var orders = _orderRepository.Table.Where(order => !order.Deleted && order.OrderStatusId != cancelled && order.CreatedOnUtc >= fromUtc && order.CustomerId > 0);

        //a large store is sampled in the query by customer id (every n-th customer), so a customer's lines stay together
        var customers = orders.Select(order => order.CustomerId).Distinct().Count();
        var buckets = Math.Max(1, (customers + MaxCustomers - 1) / MaxCustomers);
        var sampled = (from item in _orderItemRepository.Table
                       join order in orders on item.OrderId equals order.Id
                       where item.Quantity > 0 && order.CustomerId % buckets == 0
                       select new { OrderId = order.Id, order.CustomerId, item.ProductId, item.Quantity, item.UnitPriceInclTax, order.OrderDiscount })
            .ToList();

        var mainCategories = LoadMainCategories(sampled.Select(row => row.ProductId).Distinct().ToList());
        var names = LoadCategoryNames(mainCategories.Values.Distinct().ToList());
        var lines = new List<CategorizedLine>(sampled.Count);
        foreach (var row in sampled)
        {
            //products without a (live) category say nothing about what a customer buys
            if (!mainCategories.TryGetValue(row.ProductId, out var categoryId) || !names.TryGetValue(categoryId, out var name))
                continue;
            lines.Add(new CategorizedLine(row.CustomerId, row.OrderId.ToString(CultureInfo.InvariantCulture), name, (double)row.UnitPriceInclTax,
                (double)(row.UnitPriceInclTax * row.Quantity), row.OrderDiscount > 0));
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (categoryId, name) in names)
            ids.TryAdd(name, categoryId);
        return (lines, ids);
    }

    protected static StoredCluster ToStored(DiscoveredCluster cluster, IReadOnlyDictionary<string, int> categoryIds) => new(
        cluster.Index,
        cluster.Name,
        cluster.CustomerIds.Count,
        cluster.Tier.ToString().ToLowerInvariant(),
        cluster.TopCategories.Select(c => new StoredClusterCategory(categoryIds.GetValueOrDefault(c.Category), c.Category, Math.Round(c.Share, 4))).ToList(),
        Math.Round(cluster.MeanDiscountShare, 4),
        Math.Round(cluster.MeanOrders, 2),
        Math.Round(cluster.MeanSpent, 2));

    protected virtual async Task<SegmentDiscoveryResult> RunAsync()
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var (lines, categoryIds) = LoadLines(now - OrderHistory);
        var mixes = CustomerMixes.Build(lines);
        SegmentDiscoveryReport report = null;
        StoredSegmentDiscovery stored;
        if (mixes.Customers.Count < MinCustomers)
        {
            stored = new StoredSegmentDiscovery
            {
                Customers = mixes.Customers.Count,
                Reason = string.Format(CultureInfo.InvariantCulture, "{0} customers bought in the last year, fewer than the {1} needed", mixes.Customers.Count, MinCustomers)
            };
        }
        else
        {
            report = SegmentDiscovery.Discover(mixes, new SegmentDiscoveryOptions());
            stored = new StoredSegmentDiscovery
            {
                Customers = mixes.Customers.Count,
                K = report.K,
                Silhouette = Math.Round(report.Silhouette, 4),
                StabilityAri = Math.Round(report.StabilityAri, 4),
                Clusters = report.Clusters.Select(cluster => ToStored(cluster, categoryIds)).ToList()
            };
        }

        var row = new PredictionModel
        {
            Kind = PredictionModelKinds.SegmentDiscovery,
            Algorithm = PredictionModelKinds.KMeans,
            TrainedOnUtc = now,
            TrainingRows = stored.Customers,
            QualityJson = JsonSerializer.Serialize(stored)
        };
        await _modelService.SaveVersionsAsync([row]);
        return new SegmentDiscoveryResult(true, stored with { Version = row.Version, DiscoveredOnUtc = now }, report);
    }

    #endregion

    #region Methods

    /// <summary>
    /// Clusters the customers of the last year's orders by category spend shares (the store's categories), price tier
    /// and discount use, and stores the clusters as the last discovery. Does nothing while another server is discovering
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains what was found
    /// </returns>
    public virtual async Task<SegmentDiscoveryResult> DiscoverAsync()
    {
        SegmentDiscoveryResult result = null;
        var ran = await _locker.PerformActionWithLockAsync(PersonalizationDefaults.SegmentDiscoveryLockKey, PersonalizationDefaults.SegmentDiscoveryLockTime,
            async () => result = await RunAsync());
        return ran ? result : new SegmentDiscoveryResult(false, null, null);
    }

    /// <summary>
    /// Gets the last stored discovery
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the discovery; null before the first one
    /// </returns>
    public virtual async Task<StoredSegmentDiscovery> GetLastDiscoveryAsync()
    {
        var row = (await _modelService.GetVersionsAsync(PredictionModelKinds.SegmentDiscovery)).FirstOrDefault(model => model.IsCurrent);
        if (string.IsNullOrEmpty(row?.QualityJson))
            return null;

        return JsonSerializer.Deserialize<StoredSegmentDiscovery>(row.QualityJson) with { Version = row.Version, DiscoveredOnUtc = row.TrainedOnUtc };
    }

    /// <summary>
    /// Creates an active segment whose rule approximates a cluster of the last discovery: interest in its dominant
    /// categories, its price tier and, for a cluster that mostly buys on discount, the discount share
    /// </summary>
    /// <param name="clusterIndex">The cluster's number in the last discovery</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the stored segment
    /// </returns>
    /// <exception cref="ArgumentException">There is no discovery or no such cluster, or the cluster has nothing a rule can describe</exception>
    public virtual async Task<Segment> CreateSegmentAsync(int clusterIndex)
    {
        var discovery = await GetLastDiscoveryAsync()
            ?? throw new ArgumentException("No segment discovery has run yet: click \"Find segments now\" first.", nameof(clusterIndex));
        var cluster = discovery.Clusters.FirstOrDefault(c => c.Index == clusterIndex)
            ?? throw new ArgumentException($"The last segment discovery has no cluster {clusterIndex}; reload the page to see the current clusters.", nameof(clusterIndex));

        var tier = Enum.TryParse<PriceTier>(cluster.Tier, ignoreCase: true, out var parsed) ? parsed : PriceTier.Unknown;
        var rule = ClusterRule.For(cluster.TopCategories.Select(c => (c.CategoryId, c.Share)).ToList(), tier, cluster.MeanDiscountShare);
        if (rule.Root is RuleGroup { Children.Count: 0 })
            throw new ArgumentException($"The cluster \"{cluster.Name}\" has neither a store category nor a price tier a segment rule can describe.", nameof(clusterIndex));

        var notes = string.Format(CultureInfo.InvariantCulture,
            await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Predictions.Discovery.SegmentNotes"),
            discovery.DiscoveredOnUtc, cluster.Size, discovery.Customers, string.Join(", ", cluster.TopCategories.Select(c => $"{c.Name} {c.Share:P0}")),
            cluster.Tier, cluster.MeanDiscountShare);
        var name = cluster.Name.Length > SegmentTables.SegmentNameMaxLength ? cluster.Name[..SegmentTables.SegmentNameMaxLength] : cluster.Name;
        var segment = new Segment
        {
            Name = name,
            Notes = notes,
            RuleJson = SegmentRuleJson.Write(rule),
            Active = true,
            TemplateKey = TemplateKey
        };
        await _segmentService.InsertSegmentAsync(segment);
        return segment;
    }

    #endregion
}
