using Personalization.Engine.Data;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Tracking.Benchmarks;

/// <summary>
/// UCI Online Retail replayed as tracking events: per invoice a cart add per line, then OrderPlaced with its lines;
/// cancellations become refunds. Categories are the first three characters of the stock code (the data has none).
/// </summary>
public sealed class OnlineRetailReplay : IProfileFacts
{
    /// <summary>Environment variable naming the folder of monthly files (set by --online-retail).</summary>
    public const string FolderVariable = "PERSONALIZATION_ONLINE_RETAIL";

    readonly Dictionary<int, ProductFacts> _products = [];
    readonly Dictionary<int, OrderFacts> _orders = [];
    readonly Dictionary<Guid, SessionFacts> _sessions = [];

    OnlineRetailReplay()
    {
    }

    /// <summary>Gets each customer's events in time order.</summary>
    public Dictionary<int, List<VisitorEvent>> EventsByCustomer { get; } = [];

    /// <summary>Gets the number of events.</summary>
    public int EventCount => EventsByCustomer.Values.Sum(e => e.Count);

    /// <inheritdoc />
    public ProductFacts FindProduct(int productId) => _products.GetValueOrDefault(productId);

    /// <inheritdoc />
    public OrderFacts FindOrder(int orderId) => _orders.GetValueOrDefault(orderId);

    /// <inheritdoc />
    public SessionFacts FindSession(Guid sessionId) => _sessions.GetValueOrDefault(sessionId);

    /// <summary>Finds the monthly files: the environment variable, else shared/datasets beside a parent folder.</summary>
    public static string[] FindFiles()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); folder == null && dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", "online-retail", "by-month-gz");
            if (Directory.Exists(candidate))
                folder = candidate;
        }

        if (folder == null)
            throw new DirectoryNotFoundException($"Online Retail not found: pass --online-retail <folder> or set {FolderVariable}.");
        return Directory.GetFiles(folder, "*.csv*").Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Reads the files and builds the events and facts.</summary>
    public static OnlineRetailReplay Load(IEnumerable<string> files)
    {
        var read = OnlineRetailCsv.ReadFiles(files);
        var replay = new OnlineRetailReplay();
        var lines = read.Lines.Where(l => l.CustomerId.HasValue && l.UnitPrice > 0).ToList();

        var productIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var categoryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in lines.GroupBy(l => l.StockCode))
        {
            var prefix = group.Key.Length >= 3 ? group.Key[..3] : group.Key;
            if (!categoryIds.TryGetValue(prefix, out var categoryId))
                categoryIds.Add(prefix, categoryId = categoryIds.Count + 1);
            var id = productIds.Count + 1;
            productIds.Add(group.Key, id);
            replay._products[id] = new ProductFacts(id, [categoryId], 0, Median(group.Select(l => l.UnitPrice)), 0m);
        }

        var medians = replay._products.Values.GroupBy(p => p.CategoryIds[0]).ToDictionary(g => g.Key, g => Median(g.Select(p => p.Price)));
        foreach (var id in replay._products.Keys.ToList())
        {
            var product = replay._products[id];
            replay._products[id] = product with { CategoryMedianPrice = medians[product.CategoryIds[0]] };
        }

        var orderId = 0;
        foreach (var invoice in lines.GroupBy(l => l.InvoiceNo).OrderBy(g => g.First().InvoiceDate).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = invoice.First();
            var customer = first.CustomerId!.Value;
            var session = new Guid(++orderId, 0, 0, new byte[8]);
            replay._sessions[session] = new SessionFacts(null, first.Country, null, null);
            if (!replay.EventsByCustomer.TryGetValue(customer, out var events))
                replay.EventsByCustomer.Add(customer, events = []);

            VisitorEvent Event(TrackedEventType type, int entityId, decimal value) =>
                new(type, customer, Guid.Empty, 1, session, entityId, value, string.Empty, first.InvoiceDate);

            if (first.IsCancellation)
            {
                events.Add(Event(TrackedEventType.OrderRefunded, orderId, -invoice.Sum(l => l.Amount)));
                continue;
            }

            var sales = invoice.Where(l => l.Quantity > 0).ToList();
            foreach (var line in sales)
                events.Add(Event(TrackedEventType.CartAdd, productIds[line.StockCode], line.Amount));
            var total = sales.Sum(l => l.Amount);
            replay._orders[orderId] = new OrderFacts(orderId, total, 0m,
                sales.Select(l => new OrderLineFacts(productIds[l.StockCode], l.Quantity, l.UnitPrice)).ToArray());
            events.Add(Event(TrackedEventType.OrderPlaced, orderId, total));
        }

        return replay;
    }

    static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0m : sorted[sorted.Length / 2];
    }
}
