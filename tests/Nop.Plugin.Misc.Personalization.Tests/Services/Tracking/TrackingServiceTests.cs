using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Tracking;

[TestFixture]
public class TrackingServiceTests
{
    static readonly Guid Visitor = Guid.Parse("6f1c0a52-1d1e-4c36-9b1c-6d8f0e8e2a11");
    static readonly Guid Session = Guid.Parse("0b7d2a1e-93a4-4a56-8d0a-3f1f8c9b7e22");
    static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    EventQueue _queue;
    Customer _visitor;
    PersonalizationSettings _settings;
    RecordingVisitorStateUpdates _stateUpdates;
    TrackingService _service;

    [SetUp]
    public void CreateService()
    {
        _queue = new EventQueue(100);
        _visitor = new Customer { Id = 42 };
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(() => _visitor);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 3 });
        var visitorContext = new Mock<IVisitorContext>();
        visitorContext.Setup(v => v.GetIdsAsync()).ReturnsAsync((Visitor, Session));
        _settings = new PersonalizationSettings { TrackingEnabled = true };
        _stateUpdates = new RecordingVisitorStateUpdates();
        _service = new TrackingService(_queue, storeContext.Object, visitorContext.Object, _stateUpdates, workContext.Object, _settings,
            new FakeTimeProvider(Now));
    }

    List<VisitorEvent> Queued()
    {
        var drained = new List<VisitorEvent>();
        _queue.Drain(drained, int.MaxValue);
        return drained;
    }

    [Test]
    public async Task A_product_view_is_queued_for_the_current_visitor_store_session_and_time()
    {
        var queued = await _service.TrackAsync(TrackedEventType.ProductView, 17, label: "Caulk gun");

        Assert.That(queued, Is.True);
        Assert.That(Queued().Single(), Is.EqualTo(new VisitorEvent(TrackedEventType.ProductView, 42, Visitor, 3, Session, 17, 0m, "Caulk gun", Now.UtcDateTime)));
    }

    [Test]
    public async Task A_queued_event_moves_the_visitors_real_time_state_forward_too()
    {
        await _service.TrackAsync(TrackedEventType.ProductView, 17, label: "Caulk gun");

        Assert.That(_stateUpdates.Applied, Is.EqualTo(Queued()));
    }

    [Test]
    public async Task Nothing_is_recorded_while_tracking_is_off_for_the_store()
    {
        _settings.TrackingEnabled = false;

        var queued = await _service.TrackAsync(TrackedEventType.PageView, label: "Homepage");

        Assert.That(queued, Is.False);
        Assert.That(Queued(), Is.Empty);
        Assert.That(_stateUpdates.Applied, Is.Empty, "no visitor state changes either");
    }

    [Test]
    public async Task Search_engines_and_the_background_task_account_are_not_tracked()
    {
        _visitor = new Customer { Id = 2, IsSystemAccount = true };

        await _service.TrackAsync(TrackedEventType.PageView, label: "Category");

        Assert.That(Queued(), Is.Empty);
    }

    [Test]
    public async Task An_order_paid_from_the_admin_belongs_to_the_buyer_and_not_to_the_admins_browser()
    {
        _visitor = new Customer { Id = 1 };

        await _service.TrackAsync(TrackedEventType.OrderPaid, 5001, 129.90m, customerId: 77);

        var paid = Queued().Single();
        Assert.That(paid.CustomerId, Is.EqualTo(77));
        Assert.That(paid.VisitorId, Is.EqualTo(Guid.Empty));
        Assert.That(paid.SessionId, Is.EqualTo(Guid.Empty));
        Assert.That(paid.Value, Is.EqualTo(129.90m));
    }

    [Test]
    public async Task A_long_label_is_cut_to_the_stored_length()
    {
        await _service.TrackAsync(TrackedEventType.Search, label: new string('q', 500));

        Assert.That(Queued().Single().Label, Has.Length.EqualTo(TrackedEventLimits.LabelMaxLength));
    }
}
