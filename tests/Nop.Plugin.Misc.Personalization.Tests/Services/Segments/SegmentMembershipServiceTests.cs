using LinqToDB;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SegmentMembershipServiceTests(DatabaseKind kind)
{
    static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    SegmentStore _store;

    [SetUp]
    public async Task CreateStore() => _store = await SegmentStore.CreateAsync(kind);

    [TearDown]
    public void DropStore() => _store?.Dispose();

    static VisitorState Viewer(int customerId, int views) => new()
    {
        Profile = CustomerProfileState.Empty(customerId) with { Visits = 1, FirstSeenUtc = Now.AddDays(-3), LastSeenUtc = Now },
        StoreId = 1,
        Scores = new Dictionary<string, decimal> { [SegmentTemplates.PurchaseModel] = 0.1m * customerId },
        Events = Enumerable.Range(0, views).Select(i => new VisitorEvent(TrackedEventType.ProductView, customerId, Guid.Empty, 1, Guid.Empty, 100, 0m, null, Now.AddHours(-i - 1))).ToArray()
    };

    static readonly SegmentRule TwoViewsLowScore = SegmentRule.AllOf(
        RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "2"),
            (ConditionTypes.Window, ConditionTypes.WindowLastDays), (ConditionTypes.Days, "1")),
        RuleGroup.None(RuleCondition.Of(ConditionTypes.Prediction, (ConditionTypes.Model, SegmentTemplates.PurchaseModel), (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, "0.35"))));

    [Test]
    public void Batch_rule_is_one_sql_statement_with_correlated_subqueries()
    {
        var sql = _store.Service.QueryMembers(TwoViewsLowScore, Now).ToSqlQuery().Sql;

        Assert.That(sql, Does.Contain("Personalization_TrackedEvent").And.Contain("Personalization_CustomerProfileAttribute"));
        Assert.That(sql.Split("SELECT").Length - 1, Is.GreaterThanOrEqualTo(3), "profiles, a COUNT over events and an EXISTS over attributes");
        Assert.That(sql, Does.Contain("EXISTS").IgnoreCase);
    }

    [Test]
    public async Task Members_are_counted_and_paged_by_customer_id()
    {
        await _store.WriteAsync([Viewer(1, 3), Viewer(2, 2), Viewer(3, 1), Viewer(4, 5), Viewer(5, 2)]);

        var count = await _store.Service.GetMembersAsync(TwoViewsLowScore, Now, getOnlyTotalCount: true);
        var second = await _store.Service.GetMembersAsync(TwoViewsLowScore, Now, pageIndex: 1, pageSize: 1);

        Assert.That(count.TotalCount, Is.EqualTo(2), "customers 1 and 2: 3 and 2 views with scores 0.1 and 0.2");
        Assert.That(second.Select(profile => profile.CustomerId), Is.EqualTo(new[] { 2 }));
    }

    [Test]
    public async Task Saving_attributes_replaces_the_customers_previous_rows()
    {
        await _store.WriteAsync([Viewer(1, 3)]);
        var raised = Viewer(1, 3) with { Scores = new Dictionary<string, decimal> { [SegmentTemplates.PurchaseModel] = 0.9m } };

        await _store.Service.SaveAttributesAsync(1, ProfileAttributes.From(raised));

        Assert.That(await _store.MembersAsync(TwoViewsLowScore, Now), Is.Empty);
        Assert.That((await _store.States.LoadAsync(1)).Scores[SegmentTemplates.PurchaseModel], Is.EqualTo(0.9m));
    }
}
