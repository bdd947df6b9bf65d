using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Personalization.SegmentScale;

/// <summary>
/// Generates a store's customers, events, traits, scores and carts in the shape of UCI Online Retail (Chen, Sain and
/// Guo 2012): the same seed always gives the same data, and customer i is the same whatever the number of customers.
/// </summary>
/// <remarks>
/// <para>
/// What follows the data (measured on its 397,884 clean order lines, 4,338 customers, 18,532 invoices): the customers'
/// countries (United Kingdom 90.4%, Germany 2.2%, France 2.0%...), orders per buying customer (34% one, 19% two, 12%
/// three... 7.8% more than ten, a Pareto tail to about 200), basket lines (log-normal around Online Retail's median of
/// 15 lines, divided by five for a shop selling to consumers: median 3), quantities per line (1, 12, 2, 6, 4, 3, 24...
/// with the data's frequencies), unit prices and product popularity (<see cref="RetailCatalog"/>), the days since a
/// customer's last visit (the quantiles of Online Retail's recency: 5, 17, 50, 142 and 263 days at 10/25/50/75/90%),
/// the month of a visit (invoices per day of each month: November is 2.8 times January) and its weekday and hour
/// (office hours, Thursday busiest; Saturday, which the wholesaler never traded, gets Sunday's weight and every hour
/// a small floor, since a web shop never closes).
/// </para>
/// <para>
/// What a web shop adds: most profiles are visitors who never order (about 5% buy), so the events are split over the
/// profiles by a heavy-tailed activity (log-normal, sigma 1.3, at least one event each), exactly the requested total;
/// the likelier a profile is to buy, the more active it is. A profile's visits are browsing sessions (page, category
/// and product views, scroll depth and time on page), searches (words of the shop's product names), cart sessions
/// that end without an order, content sessions (videos, newsletter sign-up) and order sessions (a product view and a
/// cart add per line, a checkout step, the order and its payment). Events inside a visit are tens of seconds apart.
/// Profiles are folded from their events by the engine's <see cref="ProfileAggregator"/> (the plugin's own code),
/// so every aggregate agrees with the events; traits, predicted scores and roles are drawn afterwards, loosely tied to
/// the behaviour (buyers get loyalty tiers and points, scores rise with recent activity).
/// </para>
/// </remarks>
public sealed class RetailPopulationGenerator
{
    /// <summary>The evaluation time the data is generated for: every event lies in the <see cref="HistoryDays"/> before it.</summary>
    public static readonly DateTime DefaultNowUtc = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Days of history.</summary>
    public const int HistoryDays = 400;

    /// <summary>The imported newsletter trait (a boolean), present on 30% of profiles.</summary>
    public const string NewsletterTrait = "newsletter_alex";

    /// <summary>The imported box-subscription trait (a boolean) of a few identified customers.</summary>
    public const string BoxSubscriptionTrait = "box_subscription";

    /// <summary>The imported loyalty tier trait (text: gold, silver, bronze) of identified buyers.</summary>
    public const string LoyaltyTierTrait = "loyalty_tier";

    /// <summary>The imported loyalty points trait (a number) of identified customers.</summary>
    public const string PointsTrait = "points";

    /// <summary>The imported birthday trait (a date) of some identified customers.</summary>
    public const string BirthdayTrait = "birthday";

    /// <summary>nopCommerce's Registered role.</summary>
    public const int RegisteredRoleId = 3;

    /// <summary>nopCommerce's Guests role.</summary>
    public const int GuestsRoleId = 4;

    /// <summary>A store's own VIP role, given to identified customers who spent 2,000 or more.</summary>
    public const int VipRoleId = 6;

    /// <summary>Most orders of one customer (order ids are customer id x this + the order's number).</summary>
    const int MaxOrdersPerCustomer = 200;

    /// <summary>The highest customer id order ids can be made for.</summary>
    public const int MaxProfiles = int.MaxValue / (MaxOrdersPerCustomer + 1);

    const double ActivitySigma = 1.3;
    const double BuyerChancePerEvent = 0.006;
    const double DiscountedOrderShare = 0.15;

    static readonly Weighted<string> Countries = new(
        ("GB", 90.36), ("DE", 2.17), ("FR", 2.01), ("ES", 0.67), ("BE", 0.53), ("CH", 0.44), ("PT", 0.44), ("IT", 0.32),
        ("FI", 0.28), ("NO", 0.23), ("AU", 0.21), ("NL", 0.21), ("SE", 0.18), ("DK", 0.21), ("IE", 0.07), ("AT", 0.25),
        ("PL", 0.14), ("JP", 0.18), ("US", 0.1), ("CY", 0.18), ("IL", 0.1), ("GR", 0.09), ("CA", 0.09), ("SG", 0.02));

    static readonly Weighted<string> Devices = new(("desktop", 55), ("mobile", 38), ("tablet", 7));

    static readonly Weighted<(string Source, string Campaign)> Sources = new(
        ((null, null), 45), (("google", null), 28), (("newsletter", "weekly-news"), 8), (("facebook", "gift-ideas"), 8),
        (("instagram", "new-in"), 5), (("affiliate", null), 4), (("pinterest", null), 2));

    /// <summary>Online Retail's customers with at most 1, 2, ... 10 orders; above ten a Pareto tail (alpha 2: 99% have at most 30, as in the data).</summary>
    static readonly double[] OrdersAtMost = [0.3442, 0.5367, 0.6538, 0.7432, 0.7990, 0.8387, 0.8717, 0.8943, 0.9099, 0.9224];

    /// <summary>Quantity per order line in Online Retail (the commonest values, with their shares).</summary>
    static readonly Weighted<int> Quantities = new(
        (1, 18.4), (12, 15.1), (2, 14.6), (6, 9.5), (4, 8.1), (3, 6.8), (24, 6.0), (10, 5.3), (8, 2.9), (5, 2.0), (48, 1.5),
        (25, 1.3), (20, 1.2), (16, 1.0), (36, 0.9), (7, 0.5), (100, 0.4));

    /// <summary>Online Retail's invoices per calendar day of each month, January to December.</summary>
    static readonly double[] MonthWeights = [31.8, 35.6, 42.6, 38.3, 50.2, 46.4, 42.9, 41.3, 58.5, 62.2, 88.6, 45.2];

    /// <summary>Online Retail's invoices per weekday, Sunday to Saturday (Saturday given Sunday's).</summary>
    static readonly double[] WeekdayWeights = [2169, 2863, 3184, 3455, 4032, 2829, 2169];

    /// <summary>Online Retail's invoices per hour of the day, with a floor of 50 for the hours it never traded.</summary>
    static readonly Weighted<int> Hours = new(Enumerable.Range(0, 24).Select(hour => (hour, Math.Max(50.0, hour switch
    {
        7 => 29, 8 => 555, 9 => 1393, 10 => 2226, 11 => 2277, 12 => 3129, 13 => 2636, 14 => 2274, 15 => 2037, 16 => 1100,
        17 => 544, 18 => 169, 19 => 144, 20 => 18, _ => 0
    }))).ToArray());

    /// <summary>Days since the last visit at the 0, 10, 25, 50, 75, 90 and 100% quantiles of Online Retail's recency.</summary>
    static readonly (double Quantile, double Days)[] Recency = [(0, 0), (0.1, 5), (0.25, 17), (0.5, 50), (0.75, 142), (0.9, 263), (1, 373)];

    static readonly Weighted<SessionKind> SessionKinds = new((SessionKind.Browse, 70), (SessionKind.Search, 12), (SessionKind.Cart, 10), (SessionKind.Content, 8));

    static readonly Weighted<TrackedEventType> BrowseSteps = new(
        (TrackedEventType.PageView, 24), (TrackedEventType.ProductView, 38), (TrackedEventType.CategoryView, 18), (TrackedEventType.ScrollDepth, 6),
        (TrackedEventType.TimeOnPage, 5), (TrackedEventType.Click, 3), (TrackedEventType.ManufacturerView, 2), (TrackedEventType.WishlistAdd, 1),
        (TrackedEventType.Custom, 1));

    static readonly Weighted<TrackedEventType> SearchSteps = new(
        (TrackedEventType.Search, 35), (TrackedEventType.ProductView, 42), (TrackedEventType.PageView, 10), (TrackedEventType.CategoryView, 13));

    static readonly Weighted<TrackedEventType> CartSteps = new(
        (TrackedEventType.ProductView, 42), (TrackedEventType.CartAdd, 30), (TrackedEventType.PageView, 12), (TrackedEventType.CategoryView, 8),
        (TrackedEventType.CartRemove, 4), (TrackedEventType.CheckoutStep, 4));

    static readonly Weighted<TrackedEventType> ContentSteps = new(
        (TrackedEventType.PageView, 34), (TrackedEventType.VideoPlay, 24), (TrackedEventType.VideoComplete, 10), (TrackedEventType.ScrollDepth, 10),
        (TrackedEventType.TimeOnPage, 10), (TrackedEventType.NewsletterSubscribe, 8), (TrackedEventType.Custom, 4));

    static readonly Weighted<string> Pages = new(
        ("HomePage", 45), ("Topic", 12), ("Blog", 10), ("ShoppingCart", 10), ("ProductSearch", 8), ("Wishlist", 5), ("ContactUs", 3),
        ("NewsArchive", 4), ("CustomerInfo", 3));

    /// <summary>The shop's videos (video-play labels).</summary>
    public static readonly string[] VideoTitles =
    [
        "How to wrap a gift box", "Christmas table ideas", "Retrospot collection tour", "Lanterns in the garden at dusk",
        "Baking with paper cake cases", "Hanging heart decorations", "Five lunch bag ideas", "Vintage tea party styling"
    ];

    static readonly string[] CustomEvents = ["size_guide_opened", "gift_message_added", "store_locator", "quiz_completed"];
    static readonly string[] Banners = ["banner_christmas", "banner_sale", "banner_new_in"];

    readonly int[] _budgets;
    readonly int[] _orders;
    readonly IReadOnlyDictionary<int, ProductFacts> _products;

    /// <summary>Creates a generator and splits the events over the profiles.</summary>
    /// <param name="profiles">Profiles (customers), at least 1.</param>
    /// <param name="events">Events in all, at least one per profile.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="nowUtc">The end of the history; <see cref="DefaultNowUtc"/> when null.</param>
    public RetailPopulationGenerator(int profiles, long events, int seed, DateTime? nowUtc = null)
    {
        if (profiles < 1 || profiles > MaxProfiles)
            throw new ArgumentOutOfRangeException(nameof(profiles), profiles, $"between 1 and {MaxProfiles:N0} profiles");
        if (events < profiles)
            throw new ArgumentOutOfRangeException(nameof(events), events, "every profile has at least one event: give at least as many events as profiles");

        Profiles = profiles;
        Events = events;
        Seed = seed;
        NowUtc = nowUtc ?? DefaultNowUtc;
        Catalog = new RetailCatalog(seed);
        _products = Enumerable.Range(1, RetailCatalog.ProductCount).ToDictionary(id => id, Catalog.Product);
        (_budgets, _orders) = SplitEvents(profiles, events, seed);
    }

    /// <summary>Gets the number of profiles.</summary>
    public int Profiles { get; }

    /// <summary>Gets the number of events in all.</summary>
    public long Events { get; }

    /// <summary>Gets the seed.</summary>
    public int Seed { get; }

    /// <summary>Gets the end of the history, the time segments are evaluated at.</summary>
    public DateTime NowUtc { get; }

    /// <summary>Gets the catalogue.</summary>
    public RetailCatalog Catalog { get; }

    /// <summary>Gets every customer, in customer id order.</summary>
    public IEnumerable<GeneratedVisitor> All()
    {
        for (var index = 0; index < Profiles; index++)
            yield return Generate(index);
    }

    /// <summary>Gets the customer of an index (customer id = index + 1).</summary>
    public GeneratedVisitor Generate(int index) => new Customer(this, index).Build();

    /// <summary>
    /// Gives every profile one event plus a share of the rest proportional to a log-normal weight, rounded so that the
    /// shares add up exactly; then picks the buyers (the more active, the likelier) and gives them Online Retail's
    /// orders per customer by their rank in activity, with noise, so that the customers with many orders have the events
    /// those orders take.
    /// </summary>
    static (int[] Budgets, int[] Orders) SplitEvents(int profiles, long events, int seed)
    {
        var weights = new double[profiles];
        var total = 0.0;
        for (var i = 0; i < profiles; i++)
        {
            var random = new SeededRandom(seed, ((long)i << 1) | 1);
            total += weights[i] = Math.Exp(ActivitySigma * random.NextGaussian());
        }

        var rest = events - profiles;
        var budgets = new int[profiles];
        var cumulative = 0.0;
        var given = 0L;
        for (var i = 0; i < profiles; i++)
        {
            cumulative += weights[i];
            var upTo = i == profiles - 1 ? rest : (long)Math.Floor(rest * (cumulative / total));
            budgets[i] = 1 + (int)(upTo - given);
            given = upTo;
        }

        var buyers = new List<(int Index, double Rank)>();
        for (var i = 0; i < profiles; i++)
        {
            var random = new SeededRandom(seed, ((long)i << 1) | 1);
            random.NextGaussian();
            if (random.Chance(Math.Min(0.8, BuyerChancePerEvent * budgets[i])))
                buyers.Add((i, budgets[i] * random.LogNormal(1, 0.5)));
        }

        var orders = new int[profiles];
        buyers.Sort((a, b) => a.Rank.CompareTo(b.Rank));
        for (var r = 0; r < buyers.Count; r++)
            orders[buyers[r].Index] = OrdersAtQuantile((r + 0.5) / buyers.Count);
        return (budgets, orders);
    }

    static int OrdersAtQuantile(double quantile)
    {
        for (var k = 0; k < OrdersAtMost.Length; k++)
        {
            if (quantile <= OrdersAtMost[k])
                return k + 1;
        }

        var tail = 1 - OrdersAtMost[^1];
        return Math.Min(MaxOrdersPerCustomer, (int)(11 * Math.Pow((1 - quantile) / tail, -0.5)));
    }

    static double RecencyDays(double quantile)
    {
        for (var i = 1; i < Recency.Length; i++)
        {
            if (quantile <= Recency[i].Quantile)
            {
                var (q0, d0) = Recency[i - 1];
                var (q1, d1) = Recency[i];
                return d0 + (d1 - d0) * (quantile - q0) / (q1 - q0);
            }
        }

        return Recency[^1].Days;
    }

    static int LanguageOf(string country) => country switch
    {
        "DE" or "AT" or "CH" => 2,
        "FR" or "BE" => 3,
        _ => 1
    };

    enum SessionKind
    {
        Browse,
        Search,
        Cart,
        Content,
        Order
    }

    sealed record Session(SessionKind Kind, int Size, IReadOnlyList<OrderLineFacts> Lines);

    /// <summary>One customer's generation, from its own random stream.</summary>
    sealed class Customer
    {
        readonly RetailPopulationGenerator _owner;
        readonly int _customerId;
        readonly int _budget;
        readonly int _wantedOrders;
        readonly List<VisitorEvent> _events = [];
        readonly Dictionary<int, OrderFacts> _orders = [];
        readonly Dictionary<Guid, SessionFacts> _sessions = [];
        readonly Dictionary<int, int> _cart = [];
        readonly int[] _favourites;
        readonly int _priceTaste;
        readonly Guid _visitorId;
        readonly int _storeId;
        SeededRandom _random;
        Guid _sessionId;
        DateTime _clock;
        int _lastProduct;
        bool _subscribed;

        public Customer(RetailPopulationGenerator owner, int index)
        {
            _owner = owner;
            _customerId = index + 1;
            _budget = owner._budgets[index];
            _wantedOrders = owner._orders[index];
            _random = new SeededRandom(owner.Seed, (long)index << 1);
            _visitorId = _random.NextGuid();
            _storeId = _random.Chance(0.03) ? 2 : 1;
            _favourites = new int[_random.Next(1, 4)];
            for (var i = 0; i < _favourites.Length; i++)
                _favourites[i] = owner.Catalog.PickCategory(ref _random);
            //-1 budget, 0 mid, 1 premium: which of two candidate products the customer picks
            _priceTaste = _random.NextDouble() switch { < 0.3 => -1, < 0.8 => 0, _ => 1 };
        }

        RetailCatalog Catalog => _owner.Catalog;

        public GeneratedVisitor Build()
        {
            var country = Countries.Pick(ref _random);
            var device = Devices.Pick(ref _random);
            var identified = _random.Chance(_wantedOrders > 0 ? 0.85 : Math.Min(0.6, 0.1 + _budget / 80.0));

            var sessions = PlanSessions();
            var starts = SessionStarts(sessions.Count);
            for (var i = 0; i < sessions.Count; i++)
            {
                var source = i == 0 || _random.Chance(0.5) ? Sources.Pick(ref _random) : (null, null);
                _sessionId = _random.NextGuid();
                _sessions[_sessionId] = new SessionFacts(_random.Chance(0.8) ? device : Devices.Pick(ref _random), country, source.Source, source.Campaign);
                _clock = starts[i];
                var leading = identified && i == 0 ? TrackedEventType.Registration : identified && _random.Chance(0.3) ? TrackedEventType.Login : (TrackedEventType?)null;
                if (sessions[i].Kind == SessionKind.Order)
                    OrderSession(sessions[i].Lines, _orders.Count + 1);
                else
                    BrowseSession(sessions[i], leading);
            }

            var facts = new StoreProfileFacts(_owner._products, _orders, _sessions);
            var profile = ProfileAggregator.ApplyAll(CustomerProfileState.Empty(_customerId), _events.Select(ForAggregator), facts);
            profile = ProfileAggregator.WithImportedTraits(profile, Traits(identified, profile), null);
            var roles = !identified ? [GuestsRoleId] : profile.LifetimeValue >= 2000m ? new[] { RegisteredRoleId, VipRoleId } : [RegisteredRoleId];
            var cart = _cart.Select(line => new OrderLineFacts(line.Key, line.Value, Catalog.Product(line.Key).Price)).OrderBy(line => line.ProductId).ToList();
            var state = new VisitorState
            {
                Profile = profile,
                Identified = identified,
                NewsletterSubscriber = _subscribed,
                RoleIds = roles,
                StoreId = profile.FirstStoreId,
                LanguageId = LanguageOf(country),
                Scores = _random.Chance(0.8) ? Scores(profile) : new Dictionary<string, decimal>(),
                Events = _events.ToArray(),
                CartProductIds = cart.Select(line => line.ProductId).ToArray()
            };
            return new GeneratedVisitor(state, cart);
        }

        /// <summary>The orders first (they must fit), then browsing visits for the rest of the budget.</summary>
        List<Session> PlanSessions()
        {
            var sessions = new List<Session>();
            var left = _budget;
            for (var i = 0; i < _wantedOrders; i++)
            {
                //a basket that does not fit what is left of the budget shrinks; an order that does not fit at all is not placed
                var lines = Math.Min(Math.Max(1, (int)Math.Round(_random.LogNormal(3, 0.9))), (left - 3) / 2);
                if (lines < 1)
                    break;
                left -= 2 * lines + 3;
                sessions.Add(new Session(SessionKind.Order, 2 * lines + 3, Basket(lines)));
            }

            while (left > 0)
            {
                var size = Math.Min(left, 1 + (int)(Math.Log(1 - _random.NextDouble()) / Math.Log(1 - 1 / 3.5)));
                left -= size;
                sessions.Add(new Session(SessionKinds.Pick(ref _random), size, null));
            }

            //orders happen between the visits, not all at the start
            for (var i = sessions.Count - 1; i > 0; i--)
            {
                var j = _random.Next(i + 1);
                (sessions[i], sessions[j]) = (sessions[j], sessions[i]);
            }

            return sessions;
        }

        IReadOnlyList<OrderLineFacts> Basket(int lines)
        {
            var basket = new Dictionary<int, int>();
            while (basket.Count < lines)
                basket.TryAdd(PickProduct(), Quantities.Pick(ref _random));
            return basket.Select(line => new OrderLineFacts(line.Key, line.Value, Catalog.Product(line.Key).Price)).ToList();
        }

        /// <summary>
        /// Visit times: the last visit from Online Retail's recency, the history before it growing with activity, the
        /// visits between them weighted by month and weekday, each at an hour of Online Retail's day.
        /// </summary>
        DateTime[] SessionStarts(int count)
        {
            var lastAge = RecencyDays(_random.NextDouble());
            var room = HistoryDays - 1 - lastAge;
            var firstAge = lastAge + room * _random.NextDouble() * Math.Min(1.0, count / 12.0);
            var days = new double[count];
            days[0] = firstAge;
            days[^1] = lastAge;
            for (var i = 1; i < count - 1; i++)
            {
                while (true)
                {
                    var age = lastAge + (firstAge - lastAge) * _random.NextDouble();
                    var day = _owner.NowUtc.AddDays(-age);
                    var weight = MonthWeights[day.Month - 1] / 88.6 * WeekdayWeights[(int)day.DayOfWeek] / 4032.0;
                    if (_random.Chance(weight))
                    {
                        days[i] = age;
                        break;
                    }
                }
            }

            Array.Sort(days);
            Array.Reverse(days);
            var starts = new DateTime[count];
            for (var i = 0; i < count; i++)
            {
                var date = _owner.NowUtc.AddDays(-Math.Ceiling(days[i])).Date;
                var start = date.AddHours(Hours.Pick(ref _random)).AddSeconds(_random.Next(3600));
                //a visit must end before now; a visit of today that would not falls back a few hours
                var latest = _owner.NowUtc.AddHours(-2);
                starts[i] = start > latest ? latest.AddSeconds(-_random.Next(4 * 3600)) : start;
            }

            Array.Sort(starts);
            return starts;
        }

        void OrderSession(IReadOnlyList<OrderLineFacts> lines, int number)
        {
            foreach (var line in lines)
            {
                Add(TrackedEventType.ProductView, line.ProductId, 0m, Catalog.ProductName(line.ProductId));
                Add(TrackedEventType.CartAdd, line.ProductId, line.Quantity, null);
                _cart[line.ProductId] = _cart.GetValueOrDefault(line.ProductId) + line.Quantity;
            }

            var orderId = _customerId * (MaxOrdersPerCustomer + 1) + number;
            var subtotal = lines.Sum(line => line.Quantity * line.UnitPrice);
            var discount = _random.Chance(DiscountedOrderShare) ? decimal.Round(subtotal * 0.1m, 2) : 0m;
            _orders[orderId] = new OrderFacts(orderId, subtotal - discount, discount, lines);
            Add(TrackedEventType.CheckoutStep, 0, 1m, "billing");
            Add(TrackedEventType.OrderPlaced, orderId, subtotal - discount, null);
            Add(TrackedEventType.OrderPaid, orderId, subtotal - discount, null);
            _cart.Clear();
        }

        void BrowseSession(Session session, TrackedEventType? leading)
        {
            var steps = session.Kind switch
            {
                SessionKind.Search => SearchSteps,
                SessionKind.Cart => CartSteps,
                SessionKind.Content => ContentSteps,
                _ => BrowseSteps
            };
            var videoPlayed = false;
            var lastCategory = 0;
            for (var step = 0; step < session.Size; step++)
            {
                if (step == 0 && leading is { } first && session.Size > 1)
                {
                    Add(first, 0, 0m, null);
                    continue;
                }

                var type = step == 0 ? Landing() : steps.Pick(ref _random);
                switch (type)
                {
                    case TrackedEventType.ProductView:
                        _lastProduct = lastCategory > 0 && _random.Chance(0.8) ? Catalog.PickProduct(lastCategory, ref _random) : PickProduct();
                        Add(type, _lastProduct, 0m, Catalog.ProductName(_lastProduct));
                        break;
                    case TrackedEventType.CategoryView:
                        lastCategory = _random.Chance(0.7) ? _favourites[_random.Next(_favourites.Length)] : Catalog.PickCategory(ref _random);
                        var viewed = _random.Chance(0.1) ? lastCategory / 100 : lastCategory;
                        Add(type, viewed, 0m, RetailCatalog.CategoryName(viewed));
                        break;
                    case TrackedEventType.ManufacturerView:
                        var brand = Catalog.Product(PickProduct()).ManufacturerId;
                        Add(type, brand, 0m, "brand " + brand);
                        break;
                    case TrackedEventType.Search:
                        var words = RetailCatalog.Words;
                        Add(type, 0, 0m, _random.Chance(0.6) ? words[_random.Next(words.Length)] : words[_random.Next(words.Length)] + " " + words[_random.Next(words.Length)]);
                        break;
                    case TrackedEventType.CartAdd:
                        var product = _lastProduct > 0 ? _lastProduct : PickProduct();
                        var quantity = Quantities.Pick(ref _random);
                        Add(type, product, quantity, null);
                        _cart[product] = _cart.GetValueOrDefault(product) + quantity;
                        break;
                    case TrackedEventType.CartRemove when _cart.Count > 0:
                        var removed = _cart.Keys.Min();
                        Add(type, removed, _cart[removed], null);
                        _cart.Remove(removed);
                        break;
                    case TrackedEventType.WishlistAdd:
                        Add(type, _lastProduct > 0 ? _lastProduct : PickProduct(), 1m, null);
                        break;
                    case TrackedEventType.CheckoutStep:
                        Add(type, 0, 1m, "billing");
                        break;
                    case TrackedEventType.VideoPlay:
                    case TrackedEventType.VideoComplete when !videoPlayed:
                        videoPlayed = true;
                        Add(TrackedEventType.VideoPlay, 0, 0m, VideoTitles[_random.Next(VideoTitles.Length)]);
                        break;
                    case TrackedEventType.VideoComplete:
                        Add(type, 0, _random.Next(30, 600), _events[^1].Label);
                        break;
                    case TrackedEventType.NewsletterSubscribe when !_subscribed:
                        _subscribed = true;
                        Add(type, 0, 0m, "footer");
                        break;
                    case TrackedEventType.ScrollDepth:
                        Add(type, 0, 25 * _random.Next(1, 5), null);
                        break;
                    case TrackedEventType.TimeOnPage:
                        Add(type, 0, Math.Min(1800, (int)_random.LogNormal(40, 1.0)), null);
                        break;
                    case TrackedEventType.Click:
                        Add(type, 0, 0m, Banners[_random.Next(Banners.Length)]);
                        break;
                    case TrackedEventType.Custom:
                        Add(type, 0, 0m, CustomEvents[_random.Next(CustomEvents.Length)]);
                        break;
                    default:
                        Add(TrackedEventType.PageView, 0, 0m, Pages.Pick(ref _random));
                        break;
                }
            }
        }

        TrackedEventType Landing() => _random.NextDouble() switch
        {
            < 0.6 => TrackedEventType.PageView,
            < 0.9 => TrackedEventType.ProductView,
            _ => TrackedEventType.CategoryView
        };

        /// <summary>A product from a favourite category (65%) or the whole shop, the cheaper or dearer of two by price taste.</summary>
        int PickProduct()
        {
            int Candidate() => _random.Chance(0.65) ? Catalog.PickProduct(_favourites[_random.Next(_favourites.Length)], ref _random) : Catalog.PickProduct(ref _random);
            var first = Candidate();
            if (_priceTaste == 0)
                return first;
            var second = Candidate();
            var cheaper = Catalog.Product(first).Price <= Catalog.Product(second).Price ? first : second;
            return _priceTaste < 0 ? cheaper : cheaper == first ? second : first;
        }

        /// <summary>Adds an event at the session's clock (whole seconds, as the databases store them), then moves the clock on.</summary>
        void Add(TrackedEventType type, int entityId, decimal value, string label)
        {
            _events.Add(new VisitorEvent(type, _customerId, _visitorId, _storeId, _sessionId, entityId, value, label, _clock));
            _clock = _clock.AddSeconds(Math.Clamp((int)_random.LogNormal(35, 1.0), 2, 900));
        }

        /// <summary>The aggregator takes a cart line's value (quantity x price) where the event table stores the quantity, as the plugin does.</summary>
        VisitorEvent ForAggregator(VisitorEvent e) => e.Type is TrackedEventType.CartAdd or TrackedEventType.CartRemove
            ? e with { Value = e.Value * Catalog.Product(e.EntityId).Price }
            : e;

        Dictionary<string, TraitValue> Traits(bool identified, CustomerProfileState profile)
        {
            var traits = new Dictionary<string, TraitValue>(StringComparer.Ordinal);
            if (_random.Chance(identified ? 0.5 : 0.22))
                traits[NewsletterTrait] = TraitValue.FromBoolean(_random.Chance(0.85));
            if (!identified)
                return traits;

            if (profile.Orders > 0)
                traits[LoyaltyTierTrait] = TraitValue.FromText(profile.LifetimeValue >= 1000m ? "gold" : profile.LifetimeValue >= 300m ? "silver" : "bronze");
            if (_random.Chance(0.4))
                traits[PointsTrait] = TraitValue.FromNumber(decimal.Round(profile.LifetimeValue) + _random.Next(0, 200));
            if (_random.Chance(0.2))
                traits[BirthdayTrait] = TraitValue.FromDate(new DateTime(1950, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(_random.Next(56 * 365)));
            if (_random.Chance(0.07))
                traits[BoxSubscriptionTrait] = TraitValue.FromBoolean(_random.Chance(0.6));
            return traits;
        }

        /// <summary>Propensity scores as a model would write them: rising with recent visits, orders and an open cart, with noise.</summary>
        Dictionary<string, decimal> Scores(CustomerProfileState profile)
        {
            var now = _owner.NowUtc;
            var recentVisits = _events.Where(e => e.OccurredOnUtc >= now.AddDays(-30)).Select(e => e.SessionId).Distinct().Count();
            var recentOrders = _events.Count(e => e.Type == TrackedEventType.OrderPlaced && e.OccurredOnUtc >= now.AddDays(-90));
            var cart = profile.CartValue > 0m ? 1.0 : 0.0;
            decimal Score(double logit) => decimal.Round((decimal)(1 / (1 + Math.Exp(-(logit + 0.8 * _random.NextGaussian())))), 4);
            return new Dictionary<string, decimal>(StringComparer.Ordinal)
            {
                [SegmentTemplates.PurchaseModel] = Score(-2.8 + 0.9 * Math.Log(1 + recentOrders) + 0.5 * Math.Log(1 + recentVisits) + 0.8 * cart),
                [SegmentTemplates.CartAddModel] = Score(-2.0 + 0.7 * Math.Log(1 + recentVisits) + 0.5 * Math.Log(1 + profile.CartAdds)),
                [SegmentTemplates.SubscribeModel] = Score(_subscribed ? -3.0 : -1.5 + 0.3 * Math.Log(1 + profile.Visits))
            };
        }
    }
}
