using System.Text;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Stores;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Tracking;
using Personalization.Engine.Tracking.Ingestion;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Tracking;

[TestFixture]
public class TrackingIngestionServiceTests
{
    const string Browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36";
    static readonly Guid Visitor = Guid.NewGuid();

    EventQueue _queue;
    IngestionCounters _counters;
    FakeTimeProvider _clock;
    RecordingVisitorStateUpdates _stateUpdates;
    TrackingIngestionService _service;

    [SetUp]
    public void CreateService()
    {
        _queue = new EventQueue(1_000);
        _counters = new IngestionCounters();
        _clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var workContext = new Mock<IWorkContext>();
        workContext.Setup(w => w.GetCurrentCustomerAsync()).ReturnsAsync(new Customer { Id = 42 });
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetCurrentStoreAsync()).ReturnsAsync(new Store { Id = 1 });
        var visitorContext = new Mock<IVisitorContext>();
        visitorContext.Setup(v => v.GetIdsAsync()).ReturnsAsync((Visitor, Guid.NewGuid()));
        _stateUpdates = new RecordingVisitorStateUpdates();
        _service = new TrackingIngestionService(_queue, _counters, storeContext.Object, visitorContext.Object, _stateUpdates, workContext.Object,
            new PersonalizationSettings { TrackingEnabled = true }, _clock,
            new TrackingRateLimiter(new TrackingRateLimiterOptions { VisitorBurst = 3, VisitorPerSecond = 1 }));
    }

    static IngestionRequest Call(string json, bool sameOrigin = true, string userAgent = Browser, string ip = "203.0.113.7") =>
        new(Encoding.UTF8.GetBytes(json), null, userAgent, ip, sameOrigin);

    List<VisitorEvent> Queued()
    {
        var drained = new List<VisitorEvent>();
        _queue.Drain(drained, int.MaxValue);
        return drained;
    }

    [Test]
    public async Task A_valid_batch_is_queued_for_the_requests_own_customer_with_the_server_time()
    {
        var outcome = await _service.IngestAsync(Call("""{"events":[{"name":"video_complete","label":"Caulking basics"},{"name":"custom","label":"watched informational caulking video"}]}"""));

        Assert.That(outcome, Is.EqualTo(IngestionOutcome.Stored(2)));
        var queued = Queued();
        Assert.That(queued.Select(e => (e.Type, e.Label)), Is.EqualTo(new[]
        {
            (TrackedEventType.VideoComplete, "Caulking basics"), (TrackedEventType.Custom, "watched informational caulking video")
        }));
        Assert.That(queued.Select(e => (e.CustomerId, e.VisitorId, e.OccurredOnUtc)), Is.All.EqualTo((42, Visitor, _clock.GetUtcNow().UtcDateTime)));
        Assert.That(_counters.AcceptedEvents, Is.EqualTo(2));
        Assert.That(_stateUpdates.Applied, Is.EqualTo(queued), "the visitor's real-time state gets the same events");
    }

    [TestCase("{\"events\":[{\"name\":\"click\"}", TestName = "Malformed JSON")]
    [TestCase("{\"events\":[{\"name\":\"teleport\"}]}", TestName = "Unknown event name")]
    [TestCase("{\"events\":[{\"name\":\"click\",\"customerId\":1}]}", TestName = "Forged customer id")]
    [TestCase("{\"events\":[{\"name\":\"scroll_depth\",\"value\":\"half\"}]}", TestName = "Wrong type")]
    public async Task Bad_input_gets_a_400_with_a_message_is_counted_and_nothing_of_the_batch_is_queued(string json)
    {
        var valid = "{\"name\":\"click\",\"label\":\"ok\"}";
        var outcome = await _service.IngestAsync(Call(json.Replace("[{", "[" + valid + ",{")));

        Assert.That(outcome.StatusCode, Is.EqualTo(400));
        Assert.That(outcome.Error, Is.Not.Empty);
        Assert.That(Queued(), Is.Empty, "the valid event before the bad one is not stored either");
        Assert.That(_stateUpdates.Applied, Is.Empty, "nor applied to the visitor's state");
        Assert.That(_counters.RefusedBatches, Is.EqualTo(1));
    }

    [Test]
    public async Task An_oversized_batch_is_refused_before_it_is_read()
    {
        var outcome = await _service.IngestAsync(new IngestionRequest(new byte[IngestionLimits.MaxPayloadBytes + 1], null, Browser, "203.0.113.7", true));

        Assert.That(outcome.StatusCode, Is.EqualTo(400));
        Assert.That(outcome.Error, Does.Contain("32768"));
    }

    [Test]
    public async Task A_call_from_another_site_is_refused()
    {
        var outcome = await _service.IngestAsync(Call("""{"events":[{"name":"click","label":"x"}]}""", sameOrigin: false));

        Assert.That(outcome.StatusCode, Is.EqualTo(403));
        Assert.That(Queued(), Is.Empty);
    }

    [Test]
    public async Task Crawlers_are_ignored_silently()
    {
        var outcome = await _service.IngestAsync(Call("""{"events":[{"name":"click","label":"x"}]}""", userAgent: "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));

        Assert.That(outcome.StatusCode, Is.EqualTo(204));
        Assert.That(Queued(), Is.Empty);
        Assert.That(_counters.IgnoredBotBatches, Is.EqualTo(1));
    }

    [Test]
    public async Task A_visitor_over_its_rate_is_told_to_wait_and_may_send_again_later()
    {
        var json = """{"events":[{"name":"click","label":"x"}]}""";
        for (var i = 0; i < 3; i++)
            Assert.That((await _service.IngestAsync(Call(json))).StatusCode, Is.EqualTo(200));

        var limited = await _service.IngestAsync(Call(json));
        _clock.Advance(TimeSpan.FromSeconds(2));
        var later = await _service.IngestAsync(Call(json));

        Assert.That(limited.StatusCode, Is.EqualTo(429));
        Assert.That(later.StatusCode, Is.EqualTo(200));
        Assert.That(_counters.RateLimitedBatches, Is.EqualTo(1));
    }
}
