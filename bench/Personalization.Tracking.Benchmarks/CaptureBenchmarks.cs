using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Directory;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Stores;
using Nop.Core.Domain.Tax;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization;
using Nop.Services.Catalog;
using Nop.Services.Configuration;
using Nop.Services.Orders;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Personalization.Tracking.Benchmarks;

/// <summary>
/// What a storefront request pays to capture one event: the plugin's tracking service, with the request's customer,
/// store and visitor ids already known (nopCommerce caches them per request), against building the event alone; in a
/// store without segments, and in one with active segments where the event also moves the visitor's cached state.
/// </summary>
[MemoryDiagnoser]
public class CaptureBenchmarks
{
    const int Batch = 1000;
    const int FarmBatch = 50;

    TrackingService _service;
    TrackingService _withSegments;
    TrackingService _withSegmentsInAFarm;
    EventQueue _queue;
    List<VisitorEvent> _drained;
    readonly Customer _customer = new() { Id = 42 };

    /// <summary>The request's context, as nopCommerce holds it once the request has resolved it.</summary>
    sealed class RequestContext(Customer customer) : IWorkContext, IStoreContext, IVisitorContext
    {
        readonly Task<Customer> _customer = Task.FromResult(customer);
        readonly Task<Store> _store = Task.FromResult(new Store { Id = 1 });
        readonly Task<(Guid, Guid)> _ids = Task.FromResult((Guid.NewGuid(), Guid.NewGuid()));

        public Task<Customer> GetCurrentCustomerAsync() => _customer;
        public Task<Store> GetCurrentStoreAsync() => _store;
        public Task<int> GetActiveStoreScopeConfigurationAsync() => Task.FromResult(0);
        public Task<(Guid VisitorId, Guid SessionId)> GetIdsAsync() => _ids;
        public Task<bool> IsSessionStartAsync() => Task.FromResult(false);
        public Task<Language> GetWorkingLanguageAsync() => Task.FromResult(new Language { Id = 1 });
        public Task<Currency> GetWorkingCurrencyAsync() => Task.FromResult(new Currency { Id = 1 });
        public Task<TaxDisplayType> GetTaxDisplayTypeAsync() => Task.FromResult(TaxDisplayType.ExcludingTax);
    }

    /// <summary>
    /// The plugin's real-time services of one server over an in-memory cache: the segment service returns the given
    /// active segments once (they are compiled then), the visitor's state is already cached, and the catalog, order and
    /// session lookups a page view of an ongoing visit does not make stand behind mocks.
    /// </summary>
    //the cached states never age into a reload, which the benchmark's empty loader could not serve
    static readonly TimeProvider FrozenClock = new StoppedClock(DateTimeOffset.UtcNow);

    sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    static VisitorStateUpdateService StateUpdates(IReadOnlyList<Segment> segments, IStaticCacheManager cache, PersonalizationSettings settings)
    {
        var stored = new Mock<IPagedList<Segment>>();
        stored.Setup(page => page.GetEnumerator()).Returns(() => segments.GetEnumerator());
        var segmentService = new Mock<ISegmentService>();
        segmentService.Setup(s => s.GetAllSegmentsAsync(0, true, null, 0, int.MaxValue)).ReturnsAsync(stored.Object);
        var contexts = new Mock<ISegmentCompileContextFactory>();
        contexts.Setup(c => c.CreateAsync(It.IsAny<IEnumerable<SegmentRule>>())).ReturnsAsync(SegmentCompileContext.Default);
        var realTime = new RealTimeSegmentService(NullLogger<RealTimeSegmentService>.Instance, contexts.Object, segmentService.Object,
            Mock.Of<ISettingService>(), settings, new RealTimeSegmentSets(), TimeProvider.System);
        var profiles = new ProfileUpdateService(Mock.Of<ICategoryPriceService>(), Mock.Of<ICategoryService>(), Mock.Of<IManufacturerService>(), Mock.Of<IOrderService>(),
            Mock.Of<IProductService>(), Mock.Of<IProfileAttributeService>(), Mock.Of<IRepository<CustomerProfile>>(), Mock.Of<IRepository<TrackedEvent>>(), Mock.Of<IRepository<VisitSession>>(), TimeProvider.System);
        var states = new VisitorStateCacheService(cache, Mock.Of<IVisitorStateService>(), FrozenClock);
        return new VisitorStateUpdateService(NullLogger<VisitorStateUpdateService>.Instance, profiles, realTime, states, Mock.Of<IVisitorStateService>(), new VisitorStateLocks());
    }

    /// <summary>
    /// Creates the services over a large queue that the benchmark empties after each batch: one in a store without
    /// segments, and two in a store with an active segment and the visitor's state cached with 200 events of this visit, one
    /// over one server's memory cache and one over a distributed cache.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        var context = new RequestContext(_customer);
        _queue = new EventQueue(100_000);
        var settings = new PersonalizationSettings { TrackingEnabled = true };
        _service = new TrackingService(_queue, context, context, StateUpdates([], new DictionaryStaticCacheManager(distributed: false), settings), context, settings, TimeProvider.System);

        _withSegments = WithCachedState(context, settings, new DictionaryStaticCacheManager(distributed: false));
        _withSegmentsInAFarm = WithCachedState(context, settings, new DictionaryStaticCacheManager(distributed: true));
        _drained = new List<VisitorEvent>(Batch);
    }

    /// <summary>A tracking service in a store with an active segment, over a cache holding the visitor's state with 200 events of this visit.</summary>
    TrackingService WithCachedState(RequestContext context, PersonalizationSettings settings, DictionaryStaticCacheManager cache)
    {
        var viewedTwice = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"),
            (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "2")));
        var updates = StateUpdates([new Segment { Id = 1, Name = "Viewed twice", RuleJson = SegmentRuleJson.Write(viewedTwice), Active = true }], cache, settings);
        var (visitorId, sessionId) = context.GetIdsAsync().Result;
        var visit = Enumerable.Range(0, 200)
            .Select(i => new VisitorEvent(TrackedEventType.PageView, _customer.Id, visitorId, 1, sessionId, 0, 0m, "Category", DateTime.UtcNow.AddMinutes(i - 200)))
            .ToArray();
        var state = new VisitorState { Profile = ProfileAggregator.ApplyAll(CustomerProfileState.Empty(_customer.Id), visit, Mock.Of<IProfileFacts>()), Events = visit };
        var states = new VisitorStateCacheService(cache, Mock.Of<IVisitorStateService>(), FrozenClock);
        states.SaveStateAsync(state).GetAwaiter().GetResult();
        var service = new TrackingService(_queue, context, context, updates, context, settings, TimeProvider.System);

        //the measured path must really update the state (a failed update is swallowed and would be measured instead)
        service.TrackAsync(TrackedEventType.PageView, label: "Category").GetAwaiter().GetResult();
        var updated = states.GetCachedStateAsync(_customer.Id).GetAwaiter().GetResult();
        Console.WriteLine($"// cached state after one more page view: {updated?.Events.Length} events, {updated?.Profile.PageViews} page views (expected 201)"
            + (cache.StoredCharacters > 0 ? $", {cache.StoredCharacters:N0} characters of JSON" : ""));
        _queue.Drain(new List<VisitorEvent>(), Batch);
        return service;
    }

    /// <summary>Baseline: only building the event record the service builds (per event).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public long Build_the_event_only()
    {
        long sum = 0;
        for (var i = 0; i < Batch; i++)
        {
            var e = new VisitorEvent(TrackedEventType.ProductView, 42, Guid.Empty, 1, Guid.Empty, i, 0m, "Caulk", DateTime.UtcNow);
            sum += e.EntityId;
        }

        return sum;
    }

    /// <summary>TrackingService.TrackAsync for a product view in a store without segments, then the queue is drained as the flusher would (per event).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task<int> TrackAsync_product_view()
    {
        for (var i = 0; i < Batch; i++)
            await _service.TrackAsync(TrackedEventType.ProductView, i, label: "Caulk");

        _drained.Clear();
        _queue.Drain(_drained, Batch);
        return _drained.Count;
    }

    /// <summary>
    /// TrackingService.TrackAsync for a page view of an ongoing visit in a store with active segments: the event is
    /// queued and applied to the visitor's cached state, which is written back (it holds 500 events, the most it keeps,
    /// after the first batch); then the queue is drained (per event).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public Task<int> TrackAsync_page_view_updating_the_cached_state() => TrackPageViewsAsync(_withSegments, Batch);

    /// <summary>
    /// The same with a distributed cache: the cached state is read and written as Json.NET text, as nopCommerce's Redis
    /// cache stores it (without the network round trips); fewer events per operation, since each costs far more.
    /// </summary>
    [Benchmark(OperationsPerInvoke = FarmBatch)]
    public Task<int> TrackAsync_page_view_updating_the_cached_state_in_a_distributed_cache() => TrackPageViewsAsync(_withSegmentsInAFarm, FarmBatch);

    async Task<int> TrackPageViewsAsync(TrackingService service, int count)
    {
        for (var i = 0; i < count; i++)
            await service.TrackAsync(TrackedEventType.PageView, label: "Category");

        _drained.Clear();
        _queue.Drain(_drained, count);
        return _drained.Count;
    }
}
