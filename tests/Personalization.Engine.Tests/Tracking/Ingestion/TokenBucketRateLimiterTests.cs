using Personalization.Engine.Tracking.Ingestion;

namespace Personalization.Engine.Tests.Tracking.Ingestion;

[TestFixture]
public class TokenBucketRateLimiterTests
{
    static readonly DateTime T0 = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Test]
    public void A_key_gets_its_burst_then_is_refused_until_tokens_refill()
    {
        var limiter = new TokenBucketRateLimiter<string>(maxKeys: 10, burst: 3, perSecond: 1);

        var burst = Enumerable.Range(0, 4).Select(_ => limiter.TryAcquire("a", T0)).ToList();
        var halfSecondLater = limiter.TryAcquire("a", T0.AddMilliseconds(500));
        var secondLater = limiter.TryAcquire("a", T0.AddSeconds(1));

        Assert.That(burst, Is.EqualTo(new[] { true, true, true, false }));
        Assert.That(halfSecondLater, Is.False);
        Assert.That(secondLater, Is.True);
    }

    [Test]
    public void Keys_are_limited_independently()
    {
        var limiter = new TokenBucketRateLimiter<string>(10, 1, 1);

        Assert.That(limiter.TryAcquire("a", T0), Is.True);
        Assert.That(limiter.TryAcquire("a", T0), Is.False);
        Assert.That(limiter.TryAcquire("b", T0), Is.True);
    }

    [Test]
    public void A_flood_of_new_keys_never_remembers_more_than_the_bound_and_evicts_idle_keys_first()
    {
        var limiter = new TokenBucketRateLimiter<int>(maxKeys: 100, burst: 1, perSecond: 0.001);
        limiter.TryAcquire(-1, T0.AddSeconds(100));
        for (var i = 0; i < 10_000; i++)
            limiter.TryAcquire(i, T0.AddTicks(i));

        Assert.That(limiter.KeyCount, Is.EqualTo(100));
        Assert.That(limiter.Evictions, Is.EqualTo(9_901));
        Assert.That(limiter.TryAcquire(-1, T0.AddSeconds(100)), Is.False, "the recently used key survives the flood with its empty bucket");
    }

    [Test]
    public void A_clock_stepping_back_refills_nothing()
    {
        var limiter = new TokenBucketRateLimiter<string>(10, 1, 1);

        limiter.TryAcquire("a", T0);

        Assert.That(limiter.TryAcquire("a", T0.AddHours(-1)), Is.False);
    }

    [Test]
    public void Tracking_limiter_refuses_a_visitor_over_its_rate_and_an_address_over_its_own()
    {
        var limiter = new TrackingRateLimiter(new TrackingRateLimiterOptions { VisitorBurst = 2, VisitorPerSecond = 1, AddressBurst = 3, AddressPerSecond = 1 });
        var visitor = Guid.NewGuid();

        var visitorCalls = Enumerable.Range(0, 3).Select(_ => limiter.TryAcquire(visitor, "10.0.0.1", T0)).ToList();
        var rotatedVisitor = limiter.TryAcquire(Guid.NewGuid(), "10.0.0.1", T0);
        var otherAddress = limiter.TryAcquire(Guid.NewGuid(), "10.0.0.2", T0);

        Assert.That(visitorCalls, Is.EqualTo(new[] { RateLimitDecision.Allowed, RateLimitDecision.Allowed, RateLimitDecision.VisitorOverLimit }));
        Assert.That(rotatedVisitor, Is.EqualTo(RateLimitDecision.AddressOverLimit));
        Assert.That(otherAddress, Is.EqualTo(RateLimitDecision.Allowed));
    }
}
