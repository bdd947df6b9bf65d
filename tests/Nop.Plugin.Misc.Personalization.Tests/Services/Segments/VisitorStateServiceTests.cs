using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// A visitor state loaded back from the stored rows is in the same segments as the state that was stored.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class VisitorStateServiceTests(DatabaseKind kind)
{
    SegmentStore _store;

    [OneTimeSetUp]
    public async Task CreateStore() => _store = await SegmentStore.CreateAsync(kind);

    [OneTimeTearDown]
    public void DropStore() => _store?.Dispose();

    [Test]
    public void Loaded_state_is_in_the_same_segments_as_the_stored_one_for_random_rules()
    {
        var cases =
            from visitors in SegmentGenerators.Population
            from rules in SegmentGenerators.Rules(5)
            select (Visitors: visitors, Rules: rules);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var context = new SegmentCompileContext
            {
                Catalog = SegmentGenerators.Catalog,
                Segments = new SegmentDirectory(Enumerable.Range(0, c.Rules.Length).ToDictionary(i => i + 1, i => c.Rules[i]))
            };
            var set = RealTimeSegmentSet.Compile(Enumerable.Range(0, c.Rules.Length).Select(i => KeyValuePair.Create(i + 1, c.Rules[i])).ToList(), context);
            _store.ClearAsync().GetAwaiter().GetResult();
            _store.WriteAsync(c.Visitors).GetAwaiter().GetResult();

            foreach (var visitor in c.Visitors)
            {
                var loaded = _store.States.LoadAsync(visitor.Profile.CustomerId).GetAwaiter().GetResult();
                Assert.That(loaded.Events, Has.Length.EqualTo(visitor.Events.Length));
                Assert.That(set.Members(loaded, SegmentGenerators.Now), Is.EqualTo(set.Members(visitor, SegmentGenerators.Now)),
                    "customer " + visitor.Profile.CustomerId);
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(15));
    }

    [Test]
    public async Task Loading_keeps_only_the_most_recent_events_oldest_first()
    {
        var events = Enumerable.Range(0, 8)
            .Select(i => new VisitorEvent(TrackedEventType.PageView, 1, Guid.Empty, 1, Guid.Empty, i, 0m, null, SegmentGenerators.Now.AddMinutes(i - 100)))
            .ToArray();
        await _store.ClearAsync();
        await _store.WriteAsync([new VisitorState { Profile = CustomerProfileState.Empty(1), StoreId = 1, Events = events }]);

        var loaded = await _store.States.LoadAsync(1, maxEvents: 3);

        Assert.That(loaded.Events.Select(e => e.EntityId), Is.EqualTo(new[] { 5, 6, 7 }));
        Assert.That(loaded.Events.All(e => e.OccurredOnUtc.Kind == DateTimeKind.Utc), Is.True);
    }

    [Test]
    public async Task Customer_without_a_profile_loads_as_an_empty_state()
    {
        await _store.ClearAsync();

        var loaded = await _store.States.LoadAsync(404);

        Assert.That(loaded.Profile.CustomerId, Is.EqualTo(404));
        Assert.That(loaded.Events, Is.Empty);
        Assert.That(loaded.Scores, Is.Empty);
    }
}
