using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Orders;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Predictions;

/// <summary>
/// A garden and kitchen shop with planted signals: four customer groups (garden or kitchen, premium or budget prices),
/// customers who buy at their own rhythm until half of them stop for good (churn), and recent visits whose hidden
/// intent raises product views and cart adds (on desktops; phones mostly look), an order mostly follows a cart and the
/// checkout, and visitors who came through a link sign up for the newsletter.
/// </summary>
public sealed class GeneratedShop
{
    public const int Garden = 10, Kitchen = 20;
    public const decimal BudgetPrice = 8m, MidPrice = 20m, PremiumPrice = 45m;

    /// <summary>A customer's planted traits.</summary>
    public sealed record Plan(int CustomerId, int CategoryId, bool Premium, DateTime? StopsOnUtc);

    GeneratedShop()
    {
    }

    /// <summary>Gets the products: a budget, a mid-range and a premium one in each category.</summary>
    public IReadOnlyList<Product> Products { get; } =
    [
        Product(101, "Trowel", BudgetPrice), Product(102, "Hose", MidPrice), Product(103, "Teak bench", PremiumPrice),
        Product(201, "Spatula", BudgetPrice), Product(202, "Kettle", MidPrice), Product(203, "Copper pan", PremiumPrice)
    ];

    /// <summary>Gets each product's category.</summary>
    public IDictionary<int, int[]> ProductCategories { get; } = new Dictionary<int, int[]>
    {
        [101] = [Garden], [102] = [Garden], [103] = [Garden], [201] = [Kitchen], [202] = [Kitchen], [203] = [Kitchen]
    };

    /// <summary>Gets the categories.</summary>
    public IReadOnlyList<Category> Categories { get; } =
    [
        new() { Id = Garden, Name = "Garden", Published = true },
        new() { Id = Kitchen, Name = "Kitchen", Published = true }
    ];

    /// <summary>Gets the customers' plans.</summary>
    public List<Plan> Customers { get; } = [];

    /// <summary>Gets the orders with their lines.</summary>
    public List<(Order Order, OrderItem[] Lines)> Orders { get; } = [];

    /// <summary>Gets the recorded visits: how each started, and its events.</summary>
    public List<(Domain.VisitSession Session, VisitorEvent[] Events)> Visits { get; } = [];

    static Product Product(int id, string name, decimal price) => new() { Id = id, Name = name, Price = price, Published = true, VisibleIndividually = true };

    static int ProductOf(int categoryId, decimal price) => categoryId * 10 + (price == BudgetPrice ? 1 : price == MidPrice ? 2 : 3);

    /// <summary>
    /// Generates a shop
    /// </summary>
    /// <param name="customers">Customers</param>
    /// <param name="days">Days of order history, ending a day before <paramref name="nowUtc"/></param>
    /// <param name="visitsPerCustomer">Finished visits per customer in the last 60 days</param>
    /// <param name="nowUtc">The current time</param>
    /// <param name="seed">Seed of the randomness</param>
    public static GeneratedShop Create(int customers, int days, int visitsPerCustomer, DateTime nowUtc, int seed)
    {
        var shop = new GeneratedShop();
        var random = new Random(seed);
        var start = nowUtc.Date.AddDays(-days - 1);
        var orderId = 0;
        for (var c = 1; c <= customers; c++)
        {
            var category = c % 4 < 2 ? Garden : Kitchen;
            var premium = c % 2 == 0;
            var meanGap = 10 + random.NextDouble() * 40;
            var joined = random.NextDouble() * days * 0.5;
            double? stops = random.NextDouble() < 0.5 ? joined + random.NextDouble() * days : null;
            shop.Customers.Add(new Plan(c, category, premium, stops is { } s ? start.AddDays(s) : null));
            for (var t = joined; t < days && t < (stops ?? double.MaxValue); t += -meanGap * Math.Log(1 - random.NextDouble()))
            {
                var id = ++orderId;
                var lines = new List<OrderItem>
                {
                    new() { OrderId = id, ProductId = ProductOf(category, premium ? PremiumPrice : BudgetPrice), Quantity = 1 + random.Next(2),
                        UnitPriceInclTax = premium ? PremiumPrice : BudgetPrice }
                };
                if (random.NextDouble() < 0.4)
                    lines.Add(new OrderItem { OrderId = id, ProductId = ProductOf(category, MidPrice), Quantity = 1, UnitPriceInclTax = MidPrice });
                var status = random.NextDouble() < 0.04 ? OrderStatus.Cancelled : OrderStatus.Complete;
                var order = new Order
                {
                    Id = id, CustomerId = c, StoreId = 1, OrderStatusId = (int)status, CreatedOnUtc = start.AddDays(t),
                    OrderTotal = lines.Sum(line => line.UnitPriceInclTax * line.Quantity)
                };
                shop.Orders.Add((order, lines.ToArray()));
            }
        }

        for (var c = 1; c <= customers; c++)
        {
            var visitor = new Guid(c, 0, 0, new byte[8]);
            for (var v = 0; v < visitsPerCustomer; v++)
                shop.Visits.Add(Visit(random, c, visitor, nowUtc.AddHours(-3).AddMinutes(-random.Next(60 * 24 * 60))));
        }

        return shop;
    }

    static (Domain.VisitSession, VisitorEvent[]) Visit(Random random, int customerId, Guid visitorId, DateTime startUtc)
    {
        var intent = random.NextDouble();
        var session = new Domain.VisitSession
        {
            SessionId = Guid.NewGuid(), CustomerId = customerId, VisitorId = visitorId, StoreId = 1, StartedOnUtc = startUtc,
            Device = random.NextDouble() < 0.5 ? "mobile" : "desktop", Source = random.NextDouble() < 0.3 ? "newsletter" : null
        };
        var time = startUtc;
        var events = new List<VisitorEvent>();
        void Add(TrackedEventType type, int entityId = 0, decimal value = 0)
        {
            time = time.AddSeconds(10 + random.Next(90));
            events.Add(new VisitorEvent(type, customerId, visitorId, 1, session.SessionId, entityId, value, null, time));
        }

        Add(TrackedEventType.PageView);
        var pages = 1 + random.Next(6);
        for (var i = 0; i < pages; i++)
        {
            Add(random.NextDouble() < 0.5 ? TrackedEventType.CategoryView : TrackedEventType.PageView, random.NextDouble() < 0.5 ? Garden : Kitchen);
            if (random.NextDouble() < 0.2 + 0.7 * intent)
                Add(TrackedEventType.ProductView, 101 + random.Next(3));
            //on a phone visitors mostly look: carts are filled on desktops
            if (random.NextDouble() < (session.Device == "mobile" ? 0.02 : 0.05 + 0.7 * intent))
                Add(TrackedEventType.CartAdd, 101 + random.Next(3), 1);
        }

        //an order mostly follows a cart and the checkout; visitors who came through a link sign up for the newsletter
        var carted = events.Any(e => e.Type == TrackedEventType.CartAdd);
        var checkout = carted && random.NextDouble() < 0.3 + 0.6 * intent;
        if (checkout)
            Add(TrackedEventType.CheckoutStep);
        if (random.NextDouble() < (checkout ? (session.Device == "mobile" ? 0.5 : 0.8) : 0.03))
            Add(TrackedEventType.OrderPlaced, 0, 60);
        if (random.NextDouble() < (session.Source != null ? 0.6 : 0.05))
            Add(TrackedEventType.NewsletterSubscribe);
        return (session, events.ToArray());
    }

    /// <summary>Gets an order's event, as the tracker writes it when the order is placed.</summary>
    public static VisitorEvent OrderEvent(Order order) => new(TrackedEventType.OrderPlaced, order.CustomerId, new Guid(order.CustomerId, 0, 0, new byte[8]),
        order.StoreId, Guid.NewGuid(), order.Id, order.OrderTotal, null, order.CreatedOnUtc);
}
