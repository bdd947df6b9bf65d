using System.Globalization;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SegmentRoleSyncServiceTests(DatabaseKind kind)
{
    const int Registered = 1, Guests = 2, Administrators = 3, Vip = 4, Wholesale = 5;

    SegmentStore _store;

    [SetUp]
    public async Task CreateStore()
    {
        _store = await SegmentStore.CreateAsync(kind);
        await _store.Roles.InsertKeepingIdsAsync([
            new CustomerRole { Id = Registered, Name = "Registered", SystemName = NopCustomerDefaults.RegisteredRoleName, IsSystemRole = true, Active = true },
            new CustomerRole { Id = Guests, Name = "Guests", SystemName = NopCustomerDefaults.GuestsRoleName, IsSystemRole = true, Active = true },
            new CustomerRole { Id = Administrators, Name = "Administrators", SystemName = NopCustomerDefaults.AdministratorsRoleName, IsSystemRole = true, Active = true },
            new CustomerRole { Id = Vip, Name = "VIP", SystemName = "VIP", Active = true },
            new CustomerRole { Id = Wholesale, Name = "Wholesale", Active = true }
        ]);
        //1, 2 and 5 registered; 3 a guest; 4 registered but deleted
        await _store.Customers.InsertKeepingIdsAsync(Enumerable.Range(1, 5).Select(id => new Customer { Id = id, CustomerGuid = Guid.NewGuid(), Active = true, Deleted = id == 4 }).ToList());
        await _store.RoleMappings.InsertAsync([
            Mapping(1, Registered), Mapping(2, Registered), Mapping(3, Guests), Mapping(4, Registered), Mapping(5, Registered),
            //5 was given the role by an earlier run and has since left the segment; 5 is also a wholesaler
            Mapping(5, Vip), Mapping(5, Wholesale)
        ]);
        using var profiles = new Linq2DbRepository<CustomerProfile>(_store.Database, new PersonalizationNameCompatibility());
        await profiles.InsertAsync(Enumerable.Range(1, 5).Select(id => new CustomerProfile
        {
            CustomerId = id, StoreId = 1, VisitCount = id == 5 ? 1 : 5, FirstSeenOnUtc = DateTime.UtcNow, LastSeenOnUtc = DateTime.UtcNow, UpdatedOnUtc = DateTime.UtcNow
        }).ToList());
    }

    [TearDown]
    public void DropStore() => _store?.Dispose();

    static CustomerCustomerRoleMapping Mapping(int customerId, int roleId) => new() { CustomerId = customerId, CustomerRoleId = roleId };

    static string Regulars => SegmentRuleJson.Write(SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "visits"),
        (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, "3"))));

    /// <summary>The customers a discount limited to a role would accept: the mapping rows nopCommerce reads a customer's roles from.</summary>
    List<int> CustomersInRole(int roleId) => _store.RoleMappings.Table.Where(m => m.CustomerRoleId == roleId).Select(m => m.CustomerId).OrderBy(id => id).ToList();

    [Test]
    public async Task After_materialization_the_role_holds_exactly_the_registered_members_and_other_roles_are_untouched()
    {
        var segment = new Segment { Name = "Regulars", RuleJson = Regulars, Active = true, CustomerRoleId = Vip };
        await _store.SegmentService.InsertSegmentAsync(segment);

        var result = await _store.Materialization.MaterializeAsync(segment);

        Assert.That(result.Error, Is.Null);
        Assert.That(CustomersInRole(Vip), Is.EqualTo(new[] { 1, 2 }), "the guest (3) and the deleted customer (4) are members but get no role; 5 left");
        Assert.That(CustomersInRole(Wholesale), Is.EqualTo(new[] { 5 }));
        Assert.That(CustomersInRole(Registered), Is.EqualTo(new[] { 1, 2, 4, 5 }));
        Assert.That(_store.Cache.RemovedPrefixes, Does.Contain("Nop.customer.customerrole.").And.Contain("Nop.customercustomerrolemapping."),
            "the caches CustomerService reads roles through are cleared");
    }

    [Test]
    public async Task A_second_sync_changes_nothing_and_clears_no_cache()
    {
        var segment = new Segment { Name = "Regulars", RuleJson = Regulars, Active = true, CustomerRoleId = Vip };
        await _store.SegmentService.InsertSegmentAsync(segment);
        await _store.Materialization.MaterializeAsync(segment);
        _store.Cache.RemovedPrefixes.Clear();

        var (added, removed) = await _store.RoleSync.SyncAsync(segment);

        Assert.That((added, removed), Is.EqualTo((0, 0)));
        Assert.That(CustomersInRole(Vip), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(_store.Cache.RemovedPrefixes, Is.Empty);
    }

    [TestCase(Administrators, "Administrators")]
    [TestCase(Registered, "Registered")]
    [TestCase(Guests, "Guests")]
    public void A_segment_may_not_fill_a_built_in_role(int roleId, string name)
    {
        var thrown = Assert.ThrowsAsync<ArgumentException>(() => _store.SegmentService.InsertSegmentAsync(new Segment { Name = "Take over", RuleJson = Regulars, CustomerRoleId = roleId }));

        Assert.That(thrown.Message, Does.StartWith($"The customer role '{name}' is one of nopCommerce's built-in roles"));
        Assert.That(_store.Segments.Table.Count(), Is.Zero);
    }

    [Test]
    public async Task A_stored_segment_pointed_at_a_built_in_role_keeps_its_members_current_reports_the_error_and_leaves_the_role_alone()
    {
        //a role that became a system role after the segment was saved, or a row edited in the database
        var segment = new Segment { Name = "Regulars", RuleJson = Regulars, Active = true, CustomerRoleId = Vip };
        await _store.SegmentService.InsertSegmentAsync(segment);
        segment.CustomerRoleId = Administrators;
        await _store.Segments.UpdateAsync(segment);

        var result = await _store.Materialization.MaterializeAsync(segment);

        Assert.That(result.MemberCount, Is.EqualTo(4));
        Assert.That(result.Error, Does.Contain("built-in roles"));
        Assert.That((await _store.SegmentService.GetSegmentByIdAsync(segment.Id)).LastError, Is.EqualTo(result.Error));
        Assert.That(CustomersInRole(Administrators), Is.Empty);
    }

    [Test]
    public async Task A_role_follows_one_segment_only()
    {
        await _store.SegmentService.InsertSegmentAsync(new Segment { Name = "Regulars", RuleJson = Regulars, CustomerRoleId = Vip });

        var thrown = Assert.ThrowsAsync<ArgumentException>(() => _store.SegmentService.InsertSegmentAsync(new Segment { Name = "Others", RuleJson = Regulars, CustomerRoleId = Vip }));

        Assert.That(thrown.Message, Does.Contain("already filled by the segment 'Regulars'"));
    }

    [Test]
    public void A_role_that_does_not_exist_is_refused()
    {
        var thrown = Assert.ThrowsAsync<ArgumentException>(() => _store.SegmentService.InsertSegmentAsync(new Segment { Name = "Regulars", RuleJson = Regulars, CustomerRoleId = 77 }));

        Assert.That(thrown.Message, Does.Contain(77.ToString(CultureInfo.InvariantCulture)).And.Contain("does not exist"));
    }
}
