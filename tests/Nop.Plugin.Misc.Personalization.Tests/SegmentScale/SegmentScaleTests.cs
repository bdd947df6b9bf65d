using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Personalization.Engine.Segments;
using Personalization.SegmentScale;

namespace Nop.Plugin.Misc.Personalization.Tests.SegmentScale;

/// <summary>
/// The scale run at a size a test can afford: the same generator, rows, loader (binary COPY on PostgreSQL) and twenty
/// segments, materialized by the plugin's service and compared, customer by customer, with the real-time evaluator
/// over the generated visitors. What this proves at 2,000 profiles is what makes the million-profile figures mean
/// something: the segments select the customers they say.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SegmentScaleTests(DatabaseKind kind)
{
    const int Profiles = 2000;
    const int Events = 24000;

    SegmentStore _store;

    [SetUp]
    public async Task CreateStore() => _store = await SegmentStore.CreateAsync(kind);

    [TearDown]
    public void DropStore() => _store?.Dispose();

    async Task LoadAsync(RetailPopulationGenerator generator, IReadOnlyCollection<GeneratedVisitor> visitors)
    {
        if (kind == DatabaseKind.PostgreSql)
        {
            var loaded = new PostgresCopyLoader(_store.Database.ConnectionString).Load(visitors, generator.NowUtc);
            Assert.That(loaded.Events, Is.EqualTo(Events), "the copy wrote every generated event");
        }
        else
        {
            var names = new PersonalizationNameCompatibility();
            using var profiles = new Linq2DbRepository<CustomerProfile>(_store.Database, names);
            using var events = new Linq2DbRepository<TrackedEvent>(_store.Database, names);
            using var attributes = new Linq2DbRepository<CustomerProfileAttribute>(_store.Database, names);
            using var cart = new Linq2DbRepository<ShoppingCartItem>(_store.Database, nameof(ShoppingCartItem));
            await RetailStoreWriter.WriteVisitorsAsync(visitors, generator.NowUtc, profiles, events, attributes, cart);
        }

        await RetailStoreWriter.WriteCatalogAsync(generator.Catalog, _store.Categories, _store.ProductCategories, _store.ProductManufacturers);
    }

    [Test]
    public async Task Materialized_members_of_the_twenty_scale_segments_are_the_visitors_the_real_time_evaluator_selects()
    {
        var generator = new RetailPopulationGenerator(Profiles, Events, seed: 7);
        var visitors = generator.All().ToList();
        await LoadAsync(generator, visitors);
        var segments = ScaleSegments.All(generator.Catalog);
        await ScaleSegments.SaveAsync(_store.SegmentService, segments);
        _store.Clock.SetUtcNow(generator.NowUtc);

        var results = await _store.Materialization.MaterializeActiveSegmentsAsync();

        Assert.That(results.Where(result => result.Error != null).Select(result => $"{result.SegmentId}: {result.Error}"), Is.Empty);
        var realTime = RealTimeSegmentSet.Compile(segments.Select(pair => KeyValuePair.Create(pair.Key, pair.Value.Rule)).ToList(),
            ScaleSegments.Context(generator.Catalog, segments));
        var expected = segments.ToDictionary(pair => pair.Key, _ => new List<int>());
        foreach (var visitor in visitors)
        {
            foreach (var id in realTime.Members(visitor.State, generator.NowUtc))
                expected[id].Add(visitor.State.Profile.CustomerId);
        }

        foreach (var (id, segment) in segments)
        {
            var stored = _store.Members.Table.Where(member => member.SegmentId == id).Select(member => member.CustomerId).OrderBy(customerId => customerId).ToList();
            Assert.That(stored, Is.EqualTo(expected[id]), $"segment {id} '{segment.Name}'");
        }

        //agreement on empty segments would prove nothing: the generated store must fill nearly all of them
        Assert.That(expected.Values.Count(members => members.Count > 0), Is.GreaterThanOrEqualTo(17), string.Join(", ", expected.Select(pair => $"{pair.Key}: {pair.Value.Count}")));
    }
}
