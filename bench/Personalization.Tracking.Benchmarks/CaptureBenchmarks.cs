using BenchmarkDotNet.Attributes;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Tracking;

namespace Personalization.Tracking.Benchmarks;

/// <summary>
/// What a storefront request pays to capture one event: the plugin's tracking service, with the request's customer,
/// store and visitor ids already known (nopCommerce caches them per request), against building the event alone.
/// </summary>
[MemoryDiagnoser]
public class CaptureBenchmarks
{
    const int Batch = 1000;

    TrackingService _service;
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
    }

    /// <summary>Creates the service over a large queue that the benchmark empties after each batch.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var context = new RequestContext(_customer);
        _queue = new EventQueue(100_000);
        _service = new TrackingService(_queue, context, context, context, new PersonalizationSettings { TrackingEnabled = true }, TimeProvider.System);
        _drained = new List<VisitorEvent>(Batch);
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

    /// <summary>TrackingService.TrackAsync for a product view, then the queue is drained as the flusher would (per event).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public async Task<int> TrackAsync_product_view()
    {
        for (var i = 0; i < Batch; i++)
            await _service.TrackAsync(TrackedEventType.ProductView, i, label: "Caulk");

        _drained.Clear();
        _queue.Drain(_drained, Batch);
        return _drained.Count;
    }
}
