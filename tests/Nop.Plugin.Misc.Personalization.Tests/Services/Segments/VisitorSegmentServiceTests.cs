using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Customers;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.UI;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// Real-time segments in requests: cached visitor states moved forward by tracked events, compiled segments kept in
/// step across the servers of a farm, and cached states dropped when a guest logs in or a customer is erased.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class VisitorSegmentServiceTests(DatabaseKind kind)
{
    const int Customer = 7;
    const int Guest = 100;
    const int CaulkGun = 5;
    const int Sealants = 10;
    const int Loungers = 11;

    RealTimeFarm _farm;

    DateTime Now => _farm.Clock.GetUtcNow().UtcDateTime;

    [SetUp]
    public async Task CreateFarm()
    {
        _farm = await RealTimeFarm.CreateAsync(kind);
        await _farm.Store.Categories.InsertKeepingIdsAsync([new Category { Id = Sealants, Name = "Sealants" }, new Category { Id = Loungers, Name = "Loungers" }]);
        await _farm.Products.InsertKeepingIdsAsync([new Product { Id = CaulkGun, Name = "Caulk gun", Price = 19.90m, Published = true }]);
        await _farm.Store.ProductCategories.InsertAsync(new ProductCategory { ProductId = CaulkGun, CategoryId = Sealants });
    }

    [TearDown]
    public void DropFarm() => _farm?.Dispose();

    static SegmentRule ViewedAtLeast(int productId, int times) => SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour,
        (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, times.ToString(CultureInfo.InvariantCulture)),
        (ConditionTypes.Product, productId.ToString(CultureInfo.InvariantCulture))));

    static SegmentRule OnCategoryPage(int categoryId) => SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Page,
        (ConditionTypes.Check, ConditionTypes.PageCategory), (ConditionTypes.Value, categoryId.ToString(CultureInfo.InvariantCulture))));

    static Dictionary<string, object> CategoryPage(int categoryId) => new() { ["controller"] = "Catalog", ["action"] = "Category", ["categoryid"] = categoryId };

    static Dictionary<string, object> HomePage() => new() { ["controller"] = "Home", ["action"] = "Index" };

    /// <summary>Stores a customer's earlier product views as the plugin stores events and profiles.</summary>
    Task StoreViewsAsync(int customerId, int productId, params int[] daysAgo) => _farm.Store.WriteAsync([new VisitorState
    {
        Profile = CustomerProfileState.Empty(customerId) with { ProductViews = daysAgo.Length },
        StoreId = RealTimeFarm.StoreId,
        Events = daysAgo.OrderDescending()
            .Select(days => new VisitorEvent(TrackedEventType.ProductView, customerId, Guid.Empty, RealTimeFarm.StoreId, Guid.Empty, productId, 0m, null, Now.AddDays(-days)))
            .ToArray()
    }]);

    [Test]
    public async Task Visitor_with_stored_views_is_in_the_behaviour_segment_and_later_requests_read_the_cached_state()
    {
        var viewedTwice = await _farm.SaveSegmentAsync("Viewed the caulk gun twice", ViewedAtLeast(CaulkGun, 2));
        await StoreViewsAsync(Customer, CaulkGun, 3, 1);
        var server = _farm.AddNode();

        var first = await server.SegmentsAsync(Customer);
        await _farm.Store.ClearAsync();
        var second = await server.SegmentsAsync(Customer);

        Assert.That(first, Is.EqualTo(new[] { viewedTwice.Id }));
        Assert.That(second, Is.EqualTo(new[] { viewedTwice.Id }), "the stored rows are gone: the state came from the cache");
        Assert.That(server.StateLoads, Is.EqualTo(1));
    }

    [Test]
    public async Task A_tracked_product_view_moves_the_visitor_into_viewed_twice_on_another_server_without_reading_the_database()
    {
        var viewedTwice = await _farm.SaveSegmentAsync("Viewed the caulk gun twice", ViewedAtLeast(CaulkGun, 2));
        await StoreViewsAsync(Customer, CaulkGun, 2);
        var first = _farm.AddNode();
        var second = _farm.AddNode();
        Assert.That(await first.SegmentsAsync(Customer), Is.Empty, "one view so far");
        await _farm.Store.ClearAsync();

        await first.TrackAsync(Customer, TrackedEventType.ProductView, CaulkGun);

        Assert.That(await second.SegmentsAsync(Customer), Is.EqualTo(new[] { viewedTwice.Id }));
        Assert.That(await first.SegmentsAsync(Customer), Is.EqualTo(new[] { viewedTwice.Id }));
        Assert.That((first.StateLoads, second.StateLoads), Is.EqualTo((1, 0)), "loaded once, on the first request; the view was applied to the shared cached state");
    }

    [Test]
    public async Task Views_tracked_on_a_first_visit_count_before_any_of_them_is_written_to_the_database()
    {
        var viewedTwice = await _farm.SaveSegmentAsync("Viewed the caulk gun twice", ViewedAtLeast(CaulkGun, 2));
        var server = _farm.AddNode();

        //the write queue is never flushed here: the views exist only in the queue and the cached state
        await server.TrackAsync(Guest, TrackedEventType.ProductView, CaulkGun);
        await server.TrackAsync(Guest, TrackedEventType.PageView);
        await server.TrackAsync(Guest, TrackedEventType.ProductView, CaulkGun);

        Assert.That(await server.SegmentsAsync(Guest), Is.EqualTo(new[] { viewedTwice.Id }));
        Assert.That(server.StateLoads, Is.EqualTo(1));
    }

    [Test]
    public async Task A_view_the_flusher_wrote_before_the_state_was_loaded_counts_once()
    {
        var viewedTwice = await _farm.SaveSegmentAsync("Viewed the caulk gun twice", ViewedAtLeast(CaulkGun, 2));
        var (visitorId, sessionId) = RealTimeNode.BrowserOf(Guest);
        //the view of this very request, already in the event table when the state is loaded
        await _farm.Store.WriteAsync([new VisitorState
        {
            Profile = CustomerProfileState.Empty(Guest) with { ProductViews = 1, Visits = 1, LastSessionId = sessionId },
            StoreId = RealTimeFarm.StoreId,
            Events = [new VisitorEvent(TrackedEventType.ProductView, Guest, visitorId, RealTimeFarm.StoreId, sessionId, CaulkGun, 0m, null, Now)]
        }]);
        var server = _farm.AddNode();

        await server.TrackAsync(Guest, TrackedEventType.ProductView, CaulkGun);

        Assert.That(await server.SegmentsAsync(Guest), Is.Empty, "one view, not two");
        var state = await server.RequestAsync(Guest, services => services.GetRequiredService<IVisitorStateCacheService>().GetCachedStateAsync(Guest));
        Assert.That((state.Events.Length, state.Profile.ProductViews), Is.EqualTo((1, 1)));
    }

    [Test]
    public async Task A_score_written_to_the_rows_reaches_an_active_visitors_cached_state_once_the_state_is_older_than_the_limit()
    {
        var likelyBuyers = await _farm.SaveSegmentAsync("Likely buyers", SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Prediction,
            (ConditionTypes.Model, SegmentTemplates.PurchaseModel), (ConditionTypes.Operator, Comparison.GreaterThan), (ConditionTypes.Value, "0.5"))));
        await StoreViewsAsync(Customer, CaulkGun, 1);
        var server = _farm.AddNode();
        Assert.That(await server.SegmentsAsync(Customer), Is.Empty, "no score yet");

        await _farm.Store.Service.SaveAttributesAsync(Customer, [new ProfileAttribute(ProfileAttributeKind.Score, SegmentTemplates.PurchaseModel, 0, 0.8m, null, null)]);
        //the visitor stays active: each event writes the cached state again, so it never expires by itself
        _farm.Clock.Advance(PersonalizationDefaults.VisitorStateMaxAge / 2);
        await server.TrackAsync(Customer, TrackedEventType.ProductView, CaulkGun);
        var withinLimit = await server.SegmentsAsync(Customer);
        _farm.Clock.Advance(PersonalizationDefaults.VisitorStateMaxAge / 2);
        var pastLimit = await server.SegmentsAsync(Customer);

        Assert.That(withinLimit, Is.Empty, "the cached state was read before the score was written");
        Assert.That(pastLimit, Is.EqualTo(new[] { likelyBuyers.Id }));
        Assert.That(server.StateLoads, Is.EqualTo(2), "read once on the first request and once more past the limit");
    }

    [Test]
    public async Task Page_segment_matches_only_on_the_page_of_that_category()
    {
        var onSealants = await _farm.SaveSegmentAsync("Looking at sealants", OnCategoryPage(Sealants));
        var server = _farm.AddNode();

        Assert.That(await server.SegmentsAsync(Customer, CategoryPage(Sealants)), Is.EqualTo(new[] { onSealants.Id }));
        Assert.That(await server.SegmentsAsync(Customer, CategoryPage(Loungers)), Is.Empty);
        Assert.That(await server.SegmentsAsync(Customer, HomePage()), Is.Empty);
        Assert.That(await server.SegmentsAsync(Customer), Is.Empty, "outside any page");
        var named = await server.RequestAsync(Customer, services => services.GetRequiredService<IVisitorSegmentService>()
            .IsInSegmentAsync(onSealants.Id, new PageContext { PageType = "category", CategoryId = Sealants }));
        Assert.That(named, Is.True, "a caller may name the page itself");
    }

    [Test]
    public async Task An_edited_segment_is_seen_by_a_second_server_sharing_the_cache_and_database_once_its_version_changes()
    {
        var segment = await _farm.SaveSegmentAsync("Interested in the caulk gun", ViewedAtLeast(CaulkGun, 3));
        await StoreViewsAsync(Customer, CaulkGun, 4, 2);
        var admin = _farm.AddNode();
        var storefront = _farm.AddNode();
        Assert.That(await storefront.SegmentsAsync(Customer), Is.Empty, "two views of three");

        segment.RuleJson = SegmentRuleJson.Write(ViewedAtLeast(CaulkGun, 2));
        await _farm.Store.SegmentService.UpdateSegmentAsync(segment);
        var beforeTheEvent = await storefront.SegmentsAsync(Customer);
        //nopCommerce's repository publishes the entity event on the server that saved the segment
        await admin.PublishAsync(new EntityUpdatedEvent<Segment>(segment));
        var afterTheEvent = await storefront.SegmentsAsync(Customer);
        segment.Active = false;
        await _farm.Store.SegmentService.UpdateSegmentAsync(segment);
        await admin.PublishAsync(new EntityUpdatedEvent<Segment>(segment));
        var afterDeactivating = await storefront.SegmentsAsync(Customer);

        Assert.That(beforeTheEvent, Is.Empty, "a server keeps its compiled segments while the version stays the same");
        Assert.That(afterTheEvent, Is.EqualTo(new[] { segment.Id }));
        Assert.That(afterDeactivating, Is.Empty);
    }

    [Test]
    public async Task A_refresh_that_writes_only_a_segments_member_count_leaves_the_compiled_segments_alone()
    {
        var segment = await _farm.SaveSegmentAsync("Viewed the caulk gun", ViewedAtLeast(CaulkGun, 1));
        var server = _farm.AddNode();
        await server.PublishAsync(new EntityInsertedEvent<Segment>(segment));
        await server.SegmentsAsync(Customer);
        var compiledAt = _farm.SegmentsVersion;

        segment.MemberCount = 120;
        segment.LastRefreshedOnUtc = Now;
        await _farm.Store.Segments.UpdateAsync(segment);
        await server.PublishAsync(new EntityUpdatedEvent<Segment>(segment));
        var afterTheRefresh = _farm.SegmentsVersion;
        segment.StoreId = 2;
        await _farm.Store.Segments.UpdateAsync(segment);
        await server.PublishAsync(new EntityUpdatedEvent<Segment>(segment));

        Assert.That(compiledAt, Is.Not.Null, "adding the segment changed the version");
        Assert.That(afterTheRefresh, Is.EqualTo(compiledAt));
        Assert.That(_farm.SegmentsVersion, Is.Not.EqualTo(compiledAt), "moving it to another store is a change");
    }

    [Test]
    public async Task A_visitor_who_just_entered_a_segment_by_materialization_matches_entered_that_segment_on_the_next_request()
    {
        var viewedOnce = await _farm.SaveSegmentAsync("Viewed the caulk gun", ViewedAtLeast(CaulkGun, 1));
        var justEntered = await _farm.SaveSegmentAsync("Just became a caulk gun viewer", SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour,
            (ConditionTypes.Event, "segmentEntered"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "1"),
            (ConditionTypes.SegmentIds, viewedOnce.Id.ToString(CultureInfo.InvariantCulture)))));
        await StoreViewsAsync(Customer, CaulkGun, 1);
        var server = _farm.AddNode();
        Assert.That(await server.SegmentsAsync(Customer), Is.EqualTo(new[] { viewedOnce.Id }), "the state is cached before the refresh");

        //what the materialization writes straight to the event table, then publishes
        using (var events = new Linq2DbRepository<TrackedEvent>(_farm.Store.Database, new Nop.Plugin.Misc.Personalization.Data.Mapping.PersonalizationNameCompatibility()))
        {
            await events.InsertAsync(new TrackedEvent
            {
                CustomerId = Customer, StoreId = RealTimeFarm.StoreId, EventTypeId = (int)TrackedEventType.SegmentEntered, EntityId = viewedOnce.Id,
                Label = viewedOnce.Name, CreatedOnUtc = Now
            });
        }

        await server.PublishAsync(new SegmentMembershipChangedEvent(viewedOnce.Id, [Customer], []));

        Assert.That(await server.SegmentsAsync(Customer), Is.EqualTo(new[] { viewedOnce.Id, justEntered.Id }.Order()));
    }

    [Test]
    public async Task After_a_guest_logs_in_the_customer_is_in_the_segment_the_guests_views_qualify_for()
    {
        var viewedTwice = await _farm.SaveSegmentAsync("Viewed the caulk gun twice", ViewedAtLeast(CaulkGun, 2));
        await StoreViewsAsync(Guest, CaulkGun, 2, 1);
        var server = _farm.AddNode();
        Assert.That(await server.SegmentsAsync(Guest), Is.EqualTo(new[] { viewedTwice.Id }));
        Assert.That(await server.SegmentsAsync(Customer), Is.Empty, "the registered customer's own state has no views");

        await server.RequestAsync(Customer, services => services.GetRequiredService<IIdentityMergeService>().MergeGuestAsync(Guest, Customer));

        Assert.That(await server.SegmentsAsync(Customer), Is.EqualTo(new[] { viewedTwice.Id }));
        Assert.That(await server.SegmentsAsync(Guest), Is.Empty);
        Assert.That(server.StateLoads, Is.EqualTo(4), "both states were dropped and loaded again from the merged rows");
    }

    [Test]
    public async Task An_erased_customer_is_in_no_behaviour_segment_any_more()
    {
        var viewedTwice = await _farm.SaveSegmentAsync("Viewed the caulk gun twice", ViewedAtLeast(CaulkGun, 2));
        await StoreViewsAsync(Customer, CaulkGun, 2, 1);
        var server = _farm.AddNode();
        Assert.That(await server.SegmentsAsync(Customer), Is.EqualTo(new[] { viewedTwice.Id }));

        await server.RequestAsync(Customer, services => services.GetRequiredService<ICustomerDataService>().DeleteCustomerDataAsync(Customer));

        Assert.That(await server.SegmentsAsync(Customer), Is.Empty);
    }

    [Test]
    public async Task A_store_without_active_segments_keeps_no_visitor_states()
    {
        await _farm.SaveSegmentAsync("Paused", ViewedAtLeast(CaulkGun, 1));
        var paused = _farm.Store.Segments.Table.Single();
        paused.Active = false;
        await _farm.Store.SegmentService.UpdateSegmentAsync(paused);
        var server = _farm.AddNode();

        await server.TrackAsync(Customer, TrackedEventType.ProductView, CaulkGun);

        Assert.That(await server.SegmentsAsync(Customer), Is.Empty);
        Assert.That((server.StateLoads, _farm.Cache.Writes), Is.EqualTo((0, 0)));
    }

    [Test]
    public async Task A_stored_segment_whose_rule_cannot_be_read_is_left_out_and_the_others_still_match()
    {
        var viewedOnce = await _farm.SaveSegmentAsync("Viewed the caulk gun", ViewedAtLeast(CaulkGun, 1));
        //written past the segment service, which would have refused it
        await _farm.Store.Segments.InsertAsync(new Segment { Name = "Damaged", RuleJson = "{\"root\":", Active = true, CreatedOnUtc = Now, UpdatedOnUtc = Now });
        await StoreViewsAsync(Customer, CaulkGun, 1);

        Assert.That(await _farm.AddNode().SegmentsAsync(Customer), Is.EqualTo(new[] { viewedOnce.Id }));
    }

    [Test]
    public async Task Events_of_one_visitor_arriving_together_on_one_server_are_all_kept()
    {
        await _farm.SaveSegmentAsync("Viewed the caulk gun", ViewedAtLeast(CaulkGun, 1));
        var server = _farm.AddNode();

        //product views look up the product's category prices while the state is being updated
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => server.TrackAsync(Customer, TrackedEventType.ProductView, CaulkGun))));

        var state = await server.RequestAsync(Customer, services => services.GetRequiredService<IVisitorStateCacheService>().GetCachedStateAsync(Customer));
        Assert.That(state.Profile.ProductViews, Is.EqualTo(20));
        Assert.That(state.Events, Has.Length.EqualTo(20));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Pages_carry_a_class_per_segment_of_the_visitor_only_when_the_merchant_enables_it(bool enabled)
    {
        var viewedOnce = await _farm.SaveSegmentAsync("Viewed the caulk gun", ViewedAtLeast(CaulkGun, 1));
        var onSealants = await _farm.SaveSegmentAsync("Looking at sealants", OnCategoryPage(Sealants));
        await StoreViewsAsync(Customer, CaulkGun, 1);
        _farm.SegmentCssClassesEnabled = enabled;
        var html = new Mock<INopHtmlHelper>();

        await _farm.AddNode().RequestAsync(Customer, async services =>
        {
            await services.GetRequiredService<SegmentCssClassEventConsumer>().HandleEventAsync(new PageRenderingEvent(html.Object));
            return true;
        }, CategoryPage(Sealants));

        var expected = enabled ? new[] { viewedOnce.Id, onSealants.Id }.Order().Select(id => $"pz-segment-{id}").ToArray() : [];
        Assert.That(html.Invocations.Select(call => (string)call.Arguments[0]), Is.EqualTo(expected));
    }
}
