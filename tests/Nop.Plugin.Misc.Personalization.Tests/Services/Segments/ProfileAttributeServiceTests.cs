using LinqToDB;
using LinqToDB.Async;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Messages;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// A profile update writes the attribute rows batch segments read, from the profile and the store's customer data.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class ProfileAttributeServiceTests(DatabaseKind kind)
{
    const int Member = 5, Guest = 6;
    const int RegisteredRole = 1, GuestsRole = 2, VipRole = 9;
    static readonly DateTime Now = new(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);

    TestDatabase _database;
    ServiceProvider _services;

    [SetUp]
    public async Task CreateStore()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _services = PluginServices.ForWritePath(_database);
        using var scope = _services.CreateScope();
        var provider = scope.ServiceProvider;
        await provider.GetRequiredService<IRepository<CustomerRole>>().InsertAsync(new List<CustomerRole>
        {
            new() { Id = RegisteredRole, Name = "Registered", SystemName = NopCustomerDefaults.RegisteredRoleName, IsSystemRole = true, Active = true },
            new() { Id = GuestsRole, Name = "Guests", SystemName = NopCustomerDefaults.GuestsRoleName, IsSystemRole = true, Active = true },
            new() { Id = VipRole, Name = "VIP", Active = true }
        });
        await ((Linq2DbRepository<Customer>)provider.GetRequiredService<IRepository<Customer>>()).InsertKeepingIdsAsync([
            new Customer { Id = Member, CustomerGuid = Guid.NewGuid(), Email = "alex@example.com", LanguageId = 2, Active = true },
            new Customer { Id = Guest, CustomerGuid = Guid.NewGuid(), Active = true }
        ]);
        await provider.GetRequiredService<IRepository<CustomerCustomerRoleMapping>>().InsertAsync(new List<CustomerCustomerRoleMapping>
        {
            new() { CustomerId = Member, CustomerRoleId = RegisteredRole }, new() { CustomerId = Member, CustomerRoleId = VipRole },
            new() { CustomerId = Guest, CustomerRoleId = GuestsRole }
        });
        await provider.GetRequiredService<IRepository<NewsLetterSubscription>>().InsertAsync(new List<NewsLetterSubscription>
        {
            new() { Email = "alex@example.com", Active = true, StoreId = 1 },
            //an inactive address of another store does not make the guest a subscriber
            new() { Email = "nobody@example.com", Active = false, StoreId = 1 }
        });
    }

    [TearDown]
    public void DropStore()
    {
        _services?.Dispose();
        _database?.Dispose();
    }

    static VisitorEvent PageView(int customerId) =>
        new(TrackedEventType.PageView, customerId, Guid.NewGuid(), 1, Guid.NewGuid(), 0, 0m, "/", Now.AddMinutes(-customerId));

    async Task<List<int>> MembersAsync(RuleCondition condition)
    {
        using var scope = _services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ISegmentMembershipService>().QueryMembers(SegmentRule.AllOf(condition), Now)
            .Select(profile => profile.CustomerId).OrderBy(id => id).ToListAsync();
    }

    async Task UpdateProfilesAsync()
    {
        using var scope = _services.CreateScope();
        var profiles = scope.ServiceProvider.GetRequiredService<IProfileUpdateService>();
        await profiles.ApplyAsync([PageView(Member), PageView(Guest)]);
        await profiles.ApplyImportedTraitsAsync(Member, new Dictionary<string, TraitValue> { ["tier"] = TraitValue.FromText("Gold") }, null);
    }

    [Test]
    public async Task After_a_profile_update_segments_on_traits_newsletter_roles_registration_and_language_select_the_customer()
    {
        await UpdateProfilesAsync();

        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Trait, (ConditionTypes.Name, "tier"), (ConditionTypes.TraitValueType, "text"),
            (ConditionTypes.Operator, Comparison.Equal), (ConditionTypes.Value, "gold"))), Is.EqualTo(new[] { Member }));
        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Newsletter)), Is.EqualTo(new[] { Member }));
        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Role, (ConditionTypes.Ids, VipRole.ToString(System.Globalization.CultureInfo.InvariantCulture)))), Is.EqualTo(new[] { Member }));
        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Role, (ConditionTypes.Ids, GuestsRole.ToString(System.Globalization.CultureInfo.InvariantCulture)))), Is.EqualTo(new[] { Guest }));
        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Identified)), Is.EqualTo(new[] { Member }));
        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Identified, (ConditionTypes.Value, "false"))), Is.EqualTo(new[] { Guest }));
        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Language, (ConditionTypes.Ids, "2"))), Is.EqualTo(new[] { Member }));
    }

    [Test]
    public async Task A_profile_update_keeps_the_predicted_scores_written_before_it()
    {
        using (var scope = _services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISegmentMembershipService>().SaveAttributesAsync(
                new Dictionary<int, IReadOnlyList<ProfileAttribute>> { [Member] = [new ProfileAttribute(ProfileAttributeKind.Score, SegmentTemplates.PurchaseModel, 0, 0.8m, null, null)] },
                [ProfileAttributeKind.Score]);
        }

        await UpdateProfilesAsync();
        await UpdateProfilesAsync();

        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Prediction, (ConditionTypes.Model, SegmentTemplates.PurchaseModel),
            (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, "0.5"))), Is.EqualTo(new[] { Member }));
        Assert.That(await MembersAsync(RuleCondition.Of(ConditionTypes.Newsletter)), Is.EqualTo(new[] { Member }), "the update's own rows are replaced, not doubled");
    }
}
