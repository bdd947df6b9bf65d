using System.Globalization;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SegmentMaterializationServiceTests(DatabaseKind kind)
{
    SegmentStore _store;

    [SetUp]
    public async Task CreateStore() => _store = await SegmentStore.CreateAsync(kind);

    [TearDown]
    public void DropStore() => _store?.Dispose();

    DateTime Now => _store.Clock.GetUtcNow().UtcDateTime;

    static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    static SegmentRule VisitedAtLeast(int visits) =>
        SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "visits"), (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, Text(visits))));

    static SegmentRule MemberOf(int segmentId) => SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, Text(segmentId))));

    /// <summary>Stores profiles with the given visit counts (customer id = key), store 1 unless said.</summary>
    async Task ProfilesAsync(IDictionary<int, int> visitsByCustomer, int storeId = 1)
    {
        using var profiles = new Linq2DbRepository<CustomerProfile>(_store.Database, new Nop.Plugin.Misc.Personalization.Data.Mapping.PersonalizationNameCompatibility());
        await profiles.InsertAsync(visitsByCustomer.Select(pair => new CustomerProfile
        {
            CustomerId = pair.Key, VisitorId = Guid.NewGuid(), StoreId = storeId, VisitCount = pair.Value,
            FirstSeenOnUtc = Now.AddDays(-10), LastSeenOnUtc = Now, UpdatedOnUtc = Now
        }).ToList());
    }

    async Task SetVisitsAsync(int customerId, int visits)
    {
        using var profiles = new Linq2DbRepository<CustomerProfile>(_store.Database, new Nop.Plugin.Misc.Personalization.Data.Mapping.PersonalizationNameCompatibility());
        var row = profiles.Table.Single(profile => profile.CustomerId == customerId);
        row.VisitCount = visits;
        await profiles.UpdateAsync(row);
    }

    async Task<Segment> SegmentAsync(string name, SegmentRule rule, int storeId = 0, int roleId = 0)
    {
        var segment = new Segment { Name = name, RuleJson = SegmentRuleJson.Write(rule), Active = true, StoreId = storeId, CustomerRoleId = roleId };
        await _store.SegmentService.InsertSegmentAsync(segment);
        return segment;
    }

    List<int> MembersOf(Segment segment) => _store.Members.Table.Where(m => m.SegmentId == segment.Id).Select(m => m.CustomerId).OrderBy(id => id).ToList();

    List<int> EventCustomers(TrackedEventType type, Segment segment) => _store.Events.Table
        .Where(e => e.EventTypeId == (int)type && e.EntityId == segment.Id).Select(e => e.CustomerId).OrderBy(id => id).ToList();

    [Test]
    public async Task The_first_run_stores_the_selected_customers_with_the_count_time_and_a_size_snapshot()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5, [2] = 1, [3] = 3 });
        var segment = await SegmentAsync("Regulars", VisitedAtLeast(3));

        var result = await _store.Materialization.MaterializeAsync(segment);

        Assert.That(MembersOf(segment), Is.EqualTo(new[] { 1, 3 }));
        var stored = await _store.SegmentService.GetSegmentByIdAsync(segment.Id);
        Assert.That((stored.MemberCount, stored.LastError), Is.EqualTo((2, (string)null)));
        Assert.That(stored.LastRefreshedOnUtc, Is.EqualTo(Now).Within(TimeSpan.FromSeconds(1)));
        var history = await _store.SegmentService.GetSizeHistoryAsync(segment.Id);
        Assert.That(history.Select(s => (s.MemberCount, s.EnteredCount, s.LeftCount)), Is.EqualTo(new[] { (2, 2, 0) }));
        Assert.That((result.EnteredCount, result.LeftCount, result.Error), Is.EqualTo((2, 0, (string)null)));
    }

    [Test]
    public async Task A_later_run_removes_leavers_adds_entrants_and_keeps_the_entry_time_of_those_who_stay()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5, [2] = 1, [3] = 3 });
        var segment = await SegmentAsync("Regulars", VisitedAtLeast(3));
        await _store.Materialization.MaterializeAsync(segment);
        var firstRun = Now;
        _store.Clock.Advance(TimeSpan.FromHours(1));
        await SetVisitsAsync(3, 0);
        await SetVisitsAsync(2, 4);

        await _store.Materialization.MaterializeAsync(segment);

        Assert.That(MembersOf(segment), Is.EqualTo(new[] { 1, 2 }));
        var stayed = _store.Members.Table.Single(m => m.SegmentId == segment.Id && m.CustomerId == 1);
        Assert.That(stayed.EnteredOnUtc, Is.EqualTo(firstRun).Within(TimeSpan.FromSeconds(1)));
        var history = await _store.SegmentService.GetSizeHistoryAsync(segment.Id);
        Assert.That(history.Select(s => (s.MemberCount, s.EnteredCount, s.LeftCount)), Is.EqualTo(new[] { (2, 2, 0), (2, 1, 1) }));
        Assert.That(EventCustomers(TrackedEventType.SegmentEntered, segment), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(EventCustomers(TrackedEventType.SegmentLeft, segment), Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public async Task A_run_that_changes_nothing_writes_no_events_and_publishes_nothing()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5 });
        var segment = await SegmentAsync("Regulars", VisitedAtLeast(3));
        await _store.Materialization.MaterializeAsync(segment);
        var published = _store.Publisher.Published.Count;

        var again = await _store.Materialization.MaterializeAsync(segment);

        Assert.That((again.EnteredCount, again.LeftCount, again.MemberCount), Is.EqualTo((0, 0, 1)));
        Assert.That(_store.Events.Table.Count(e => e.EntityId == segment.Id), Is.EqualTo(1), "the one entered event of the first run");
        Assert.That(_store.Publisher.Published, Has.Count.EqualTo(published));
    }

    [Test]
    public async Task Changes_are_published_in_process_with_the_segment_and_the_customers_who_entered_and_left()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5, [2] = 1 });
        var segment = await SegmentAsync("Regulars", VisitedAtLeast(3));
        await _store.Materialization.MaterializeAsync(segment);
        await SetVisitsAsync(1, 0);
        await SetVisitsAsync(2, 9);

        await _store.Materialization.MaterializeAsync(segment);

        var changes = _store.Publisher.Published.OfType<SegmentMembershipChangedEvent>().ToList();
        Assert.That(changes.All(change => change.SegmentId == segment.Id));
        Assert.That(changes.SelectMany(change => change.EnteredCustomerIds), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(changes.SelectMany(change => change.LeftCustomerIds), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task Entered_events_carry_the_profiles_visitor_and_store_and_the_segment_name()
    {
        await ProfilesAsync(new Dictionary<int, int> { [7] = 5 }, storeId: 2);
        var segment = await SegmentAsync("Regulars", VisitedAtLeast(3));

        await _store.Materialization.MaterializeAsync(segment);

        var row = _store.Events.Table.Single(e => e.EventTypeId == (int)TrackedEventType.SegmentEntered);
        Assert.That((row.CustomerId, row.StoreId, row.Label), Is.EqualTo((7, 2, "Regulars")));
        Assert.That(row.VisitorId, Is.EqualTo(_store.Service.QueryMembers(VisitedAtLeast(0), Now).Single().VisitorId));
    }

    [Test]
    public async Task A_store_segment_takes_only_customers_whose_profile_is_of_that_store()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5 }, storeId: 1);
        await ProfilesAsync(new Dictionary<int, int> { [2] = 5 }, storeId: 2);
        var everywhere = await SegmentAsync("All regulars", VisitedAtLeast(3));
        var second = await SegmentAsync("Store 2 regulars", VisitedAtLeast(3), storeId: 2);

        await _store.Materialization.MaterializeActiveSegmentsAsync();

        Assert.That(MembersOf(everywhere), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(MembersOf(second), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public async Task More_customers_than_one_chunk_are_all_added_and_removed()
    {
        var count = SegmentMaterializationService.ChunkSize * 2 + 17;
        await ProfilesAsync(Enumerable.Range(1, count).ToDictionary(id => id, _ => 5));
        var segment = await SegmentAsync("Everyone", VisitedAtLeast(1));

        var first = await _store.Materialization.MaterializeAsync(segment);
        segment.RuleJson = SegmentRuleJson.Write(VisitedAtLeast(6));
        await _store.SegmentService.UpdateSegmentAsync(segment);
        var second = await _store.Materialization.MaterializeAsync(segment);

        Assert.That((first.EnteredCount, first.MemberCount), Is.EqualTo((count, count)));
        Assert.That((second.LeftCount, second.MemberCount), Is.EqualTo((count, 0)));
        Assert.That(_store.Publisher.Published.OfType<SegmentMembershipChangedEvent>().Max(change => change.EnteredCustomerIds.Count + change.LeftCustomerIds.Count),
            Is.LessThanOrEqualTo(SegmentMaterializationService.ChunkSize), "one event per chunk");
    }

    [Test]
    public async Task A_failing_segment_records_its_error_keeps_its_members_and_the_others_still_run()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5, [2] = 5 });
        var broken = await SegmentAsync("Broken", VisitedAtLeast(3));
        await _store.Materialization.MaterializeAsync(broken);
        var healthy = await SegmentAsync("Healthy", VisitedAtLeast(3));
        //a rule stored by an older version, or edited in the database, that this version cannot read
        broken.RuleJson = "{\"schemaVersion\": 99, \"root\": null}";
        await _store.Segments.UpdateAsync(broken);

        var results = await _store.Materialization.MaterializeActiveSegmentsAsync();

        var stored = await _store.SegmentService.GetSegmentByIdAsync(broken.Id);
        Assert.That(stored.LastError, Does.Contain("schema version 99"));
        Assert.That(stored.MemberCount, Is.EqualTo(2));
        Assert.That(MembersOf(stored), Is.EqualTo(new[] { 1, 2 }), "the previous members are kept");
        Assert.That(MembersOf(healthy), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(results.Single(r => r.SegmentId == broken.Id).Error, Is.EqualTo(stored.LastError));
    }

    [Test]
    public async Task Segments_run_after_the_segments_their_rules_refer_to()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5 });
        var placeholder = await SegmentAsync("Placeholder", VisitedAtLeast(1));
        var user = await SegmentAsync("Uses the base", MemberOf(placeholder.Id));
        var base_ = await SegmentAsync("Base", VisitedAtLeast(3));
        user.RuleJson = SegmentRuleJson.Write(MemberOf(base_.Id));
        await _store.SegmentService.UpdateSegmentAsync(user);

        var order = (await _store.Materialization.MaterializeActiveSegmentsAsync()).Select(result => result.SegmentId).ToList();

        Assert.That(order.IndexOf(base_.Id), Is.LessThan(order.IndexOf(user.Id)));
        Assert.That(MembersOf(user), Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task A_segment_another_node_is_materializing_is_left_alone()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5 });
        var segment = await SegmentAsync("Regulars", VisitedAtLeast(3));

        SegmentMaterializationResult result;
        using (_store.Locker.Hold(string.Format(PersonalizationDefaults.SegmentMaterializationLockKey, segment.Id)))
            result = await _store.Materialization.MaterializeAsync(segment);

        Assert.That(result.Skipped, Is.True);
        Assert.That(MembersOf(segment), Is.Empty);
        Assert.That(await _store.SegmentService.GetSizeHistoryAsync(segment.Id), Is.Empty);
    }

    [Test]
    public async Task A_segment_on_entering_another_segment_selects_the_customers_the_materialization_let_in()
    {
        await ProfilesAsync(new Dictionary<int, int> { [1] = 5, [2] = 1 });
        var regulars = await SegmentAsync("Regulars", VisitedAtLeast(3));
        await _store.Materialization.MaterializeAsync(regulars);
        var newcomers = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "segmentEntered"), (ConditionTypes.Operator, Comparison.AtLeast),
            (ConditionTypes.Count, "1"), (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "7"), (ConditionTypes.SegmentIds, Text(regulars.Id))));
        var welcome = await SegmentAsync("New regulars", newcomers);

        await _store.Materialization.MaterializeAsync(welcome);

        Assert.That(MembersOf(welcome), Is.EqualTo(new[] { 1 }));
        Assert.That(SegmentDescriber.Describe(newcomers), Does.Contain("entered a segment").And.Contain($"of segment {regulars.Id}"));
    }
}
