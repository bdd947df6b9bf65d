using Nop.Core.Domain.Catalog;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class SegmentServiceTests(DatabaseKind kind)
{
    SegmentStore _store;

    [SetUp]
    public async Task CreateStore() => _store = await SegmentStore.CreateAsync(kind);

    [TearDown]
    public void DropStore() => _store?.Dispose();

    static string Json(SegmentRule rule) => SegmentRuleJson.Write(rule);

    static readonly SegmentRule Identified = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Identified));

    static SegmentRule MemberOf(int segmentId) =>
        SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, segmentId.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    async Task<Segment> SaveAsync(string name, SegmentRule rule, int storeId = 0, bool active = true)
    {
        var segment = new Segment { Name = name, RuleJson = Json(rule), StoreId = storeId, Active = active };
        await _store.SegmentService.InsertSegmentAsync(segment);
        return segment;
    }

    [Test]
    public async Task A_saved_segment_is_read_back_with_its_rule_and_no_members_yet()
    {
        var saved = await SaveAsync("  Known customers ", Identified);

        var loaded = await _store.SegmentService.GetSegmentByIdAsync(saved.Id);

        Assert.That(loaded.Name, Is.EqualTo("Known customers"));
        Assert.That(SegmentRuleJson.Read(loaded.RuleJson), Is.Not.Null);
        Assert.That(loaded.MemberCount, Is.Zero);
        Assert.That(loaded.LastRefreshedOnUtc, Is.Null);
        Assert.That(loaded.CreatedOnUtc, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public void An_invalid_rule_is_refused_with_the_engines_reason_and_nothing_is_stored()
    {
        var bad = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "two")));

        var thrown = Assert.ThrowsAsync<SegmentRuleException>(() => _store.SegmentService.InsertSegmentAsync(new Segment { Name = "Viewers", RuleJson = Json(bad) }));

        Assert.That(thrown.Message, Does.Contain("Condition 1.1 (behaviour), parameter 'count': must be a whole number; got 'two'."));
        Assert.That(_store.Segments.Table.Count(), Is.Zero);
    }

    [Test]
    public void Text_that_is_not_a_rule_is_refused_with_the_reason()
    {
        var thrown = Assert.ThrowsAsync<SegmentRuleException>(() => _store.SegmentService.InsertSegmentAsync(new Segment { Name = "Broken", RuleJson = "{\"root\": {}}" }));

        Assert.That(thrown.Message, Is.EqualTo("The rule has no \"schemaVersion\" number."));
    }

    [Test]
    public void A_segment_without_a_name_is_refused()
    {
        Assert.ThrowsAsync<ArgumentException>(() => _store.SegmentService.InsertSegmentAsync(new Segment { Name = " ", RuleJson = Json(Identified) }));
    }

    [Test]
    public async Task A_rule_on_a_segment_that_does_not_exist_is_refused()
    {
        var thrown = Assert.ThrowsAsync<SegmentRuleException>(() => SaveAsync("Orphan", MemberOf(99)));

        Assert.That(thrown.Message, Does.Contain("segment 99 does not exist."));
        Assert.That(await _store.SegmentService.GetAllSegmentsAsync(), Is.Empty);
    }

    [Test]
    public async Task An_update_that_makes_a_membership_cycle_is_refused_with_the_path_and_the_stored_rule_is_kept()
    {
        var first = await SaveAsync("First", Identified);
        var second = await SaveAsync("Second", MemberOf(first.Id));
        var third = await SaveAsync("Third", MemberOf(second.Id));
        var original = first.RuleJson;

        first.RuleJson = Json(MemberOf(third.Id));
        var thrown = Assert.ThrowsAsync<SegmentRuleException>(() => _store.SegmentService.UpdateSegmentAsync(first));

        Assert.That(thrown.Message, Does.Contain($"segment membership would be a cycle: {first.Id} -> {third.Id} -> {second.Id} -> {first.Id}."));
        Assert.That((await _store.SegmentService.GetSegmentByIdAsync(first.Id)).RuleJson, Is.EqualTo(original));
    }

    [Test]
    public async Task A_segment_another_rule_uses_cannot_be_deleted_and_the_refusal_names_that_segment()
    {
        var base_ = await SaveAsync("Subscribers", Identified);
        await SaveAsync("Subscribers who buy", MemberOf(base_.Id));

        var thrown = Assert.ThrowsAsync<SegmentRuleException>(() => _store.SegmentService.DeleteSegmentAsync(base_));

        Assert.That(thrown.Message, Does.Contain("'Subscribers who buy'"));
        Assert.That(await _store.SegmentService.GetSegmentByIdAsync(base_.Id), Is.Not.Null);
    }

    [Test]
    public async Task Deleting_a_segment_removes_its_members_and_size_history_and_keeps_other_segments_rows()
    {
        var deleted = await SaveAsync("Leaving", Identified);
        var kept = await SaveAsync("Staying", Identified);
        foreach (var segment in new[] { deleted, kept })
        {
            await _store.Members.InsertAsync(new SegmentMember { SegmentId = segment.Id, CustomerId = 5, EnteredOnUtc = DateTime.UtcNow });
            await _store.Snapshots.InsertAsync(new SegmentSizeSnapshot { SegmentId = segment.Id, MemberCount = 1, EnteredCount = 1, RecordedOnUtc = DateTime.UtcNow });
        }

        await _store.SegmentService.DeleteSegmentAsync(deleted);

        Assert.That(await _store.SegmentService.GetSegmentByIdAsync(deleted.Id), Is.Null);
        Assert.That(await _store.SegmentService.GetSegmentIdsOfCustomerAsync(5), Is.EqualTo(new[] { kept.Id }));
        Assert.That(await _store.SegmentService.GetSizeHistoryAsync(deleted.Id), Is.Empty);
        Assert.That(await _store.SegmentService.GetSizeHistoryAsync(kept.Id), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_list_of_a_store_holds_its_own_and_the_all_store_segments_filtered_by_state_and_name_and_paged_by_name()
    {
        await SaveAsync("Beta buyers", Identified, storeId: 1);
        await SaveAsync("alpha browsers", Identified, storeId: 0);
        await SaveAsync("Gamma guests", Identified, storeId: 2);
        await SaveAsync("Delta dormant BUYERS", Identified, storeId: 1, active: false);

        var ofStore = await _store.SegmentService.GetAllSegmentsAsync(storeId: 1);
        var active = await _store.SegmentService.GetAllSegmentsAsync(storeId: 1, activeOnly: true);
        var buyers = await _store.SegmentService.GetAllSegmentsAsync(name: "buyers");
        var second = await _store.SegmentService.GetAllSegmentsAsync(pageIndex: 1, pageSize: 2);

        Assert.That(ofStore.Select(s => s.Name), Is.EquivalentTo(new[] { "alpha browsers", "Beta buyers", "Delta dormant BUYERS" }), "store 2's segment is left out");
        Assert.That(active.Select(s => s.Name), Is.EquivalentTo(new[] { "alpha browsers", "Beta buyers" }));
        Assert.That(buyers.Select(s => s.Name), Is.EquivalentTo(new[] { "Beta buyers", "Delta dormant BUYERS" }), "the name filter ignores case");
        Assert.That(second.TotalCount, Is.EqualTo(4));
        Assert.That(second, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task The_compile_context_expands_a_category_to_its_live_subcategories_and_their_products()
    {
        await _store.Categories.InsertKeepingIdsAsync([
            new Category { Id = 1, Name = "Tools", ParentCategoryId = 0 },
            new Category { Id = 2, Name = "Saws", ParentCategoryId = 1 },
            new Category { Id = 3, Name = "Hand saws", ParentCategoryId = 2 },
            new Category { Id = 4, Name = "Old saws", ParentCategoryId = 2, Deleted = true },
            new Category { Id = 5, Name = "Paint", ParentCategoryId = 0 }
        ]);
        await _store.ProductCategories.InsertAsync([
            new ProductCategory { ProductId = 10, CategoryId = 1 }, new ProductCategory { ProductId = 11, CategoryId = 3 },
            new ProductCategory { ProductId = 12, CategoryId = 4 }, new ProductCategory { ProductId = 13, CategoryId = 5 }
        ]);
        await _store.ProductManufacturers.InsertAsync([new ProductManufacturer { ProductId = 11, ManufacturerId = 7 }, new ProductManufacturer { ProductId = 13, ManufacturerId = 8 }]);
        var rule = SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, ConditionTypes.CartContainsCategory), (ConditionTypes.Category, "1")),
            RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "1"), (ConditionTypes.Manufacturer, "7")));

        var context = await _store.Contexts.CreateAsync([rule]);

        Assert.That(context.Catalog.Categories(1, includeSubcategories: true), Is.EquivalentTo(new[] { 1, 2, 3 }), "the deleted category is left out");
        Assert.That(context.Catalog.Categories(1, includeSubcategories: false), Is.EquivalentTo(new[] { 1 }));
        Assert.That(context.Catalog.ProductsInCategories(context.Catalog.Categories(1, true)), Is.EquivalentTo(new[] { 10, 11 }));
        Assert.That(context.Catalog.ProductsOfManufacturers([7]), Is.EquivalentTo(new[] { 11 }));
    }

    [Test]
    public async Task The_compile_context_follows_membership_conditions_into_the_stored_rules_for_their_catalog_facts()
    {
        await _store.Categories.InsertKeepingIdsAsync([new Category { Id = 5, Name = "Paint" }]);
        await _store.ProductCategories.InsertAsync([new ProductCategory { ProductId = 13, CategoryId = 5 }]);
        var painters = await SaveAsync("Painters", SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Cart, (ConditionTypes.Check, ConditionTypes.CartContainsCategory), (ConditionTypes.Category, "5"))));

        var context = await _store.Contexts.CreateAsync([MemberOf(painters.Id)]);

        Assert.That(context.Segments.Find(painters.Id), Is.Not.Null);
        Assert.That(context.Catalog.ProductsInCategories(context.Catalog.Categories(5, true)), Is.EquivalentTo(new[] { 13 }));
    }
}
