using Newtonsoft.Json;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// A visitor state written to a distributed cache (Json.NET text, as nopCommerce's Redis cache stores values) reads
/// back as the same state on another server.
/// </summary>
[TestFixture]
public class CachedVisitorStateTests
{
    static readonly DateTime Now = new(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);

    static VisitorState Returning()
    {
        var (home, phone) = (Guid.NewGuid(), Guid.NewGuid());
        var (monday, friday) = (Guid.NewGuid(), Guid.NewGuid());
        return new VisitorState
        {
            Profile = CustomerProfileState.Empty(7) with
            {
                Visits = 2, ProductViews = 2, Orders = 1, TotalSpent = 59.70m, LastOrderUtc = Now.AddDays(-3),
                TopCategories = [new AffinityCount(10, 3)], Traits = new Dictionary<string, TraitValue> { ["points"] = TraitValue.FromNumber(120m) }
            },
            Identified = true,
            NewsletterSubscriber = true,
            RoleIds = [3, 4],
            StoreId = 2,
            LanguageId = 1,
            Scores = new Dictionary<string, decimal> { ["purchase"] = 0.42m },
            CartProductIds = [5, 9],
            Events =
            [
                new VisitorEvent(TrackedEventType.ProductView, 7, home, 2, monday, 5, 0m, "Caulk gun", Now.AddDays(-4).AddTicks(1)),
                new VisitorEvent(TrackedEventType.OrderPlaced, 7, home, 2, monday, 900, 59.70m, null, Now.AddDays(-3)),
                new VisitorEvent(TrackedEventType.ScrollDepth, 7, phone, 1, friday, 0, 75m, "/garden/loungers", Now.AddMinutes(-2)),
                new VisitorEvent(TrackedEventType.ProductView, 7, phone, 1, friday, 5, 0m, "Caulk gun", Now)
            ]
        };
    }

    [Test]
    public void A_state_read_back_from_json_text_has_the_same_profile_context_and_events()
    {
        var state = Returning();

        var json = JsonConvert.SerializeObject(new CachedVisitorState(state));
        var read = JsonConvert.DeserializeObject<CachedVisitorState>(json).ToState();

        Assert.That(read.Events, Is.EqualTo(state.Events));
        Assert.That(read.Events.Select(e => e.OccurredOnUtc.Kind), Is.All.EqualTo(DateTimeKind.Utc));
        Assert.That(JsonConvert.SerializeObject(read.Profile), Is.EqualTo(JsonConvert.SerializeObject(state.Profile)));
        Assert.That((read.Identified, read.NewsletterSubscriber, read.StoreId, read.LanguageId), Is.EqualTo((true, true, 2, 1)));
        Assert.That(read.RoleIds, Is.EqualTo(state.RoleIds));
        Assert.That(read.CartProductIds, Is.EqualTo(state.CartProductIds));
        Assert.That(read.Scores, Is.EqualTo(state.Scores));
        Assert.That(json, Does.Not.Contain("Caulk gun"), "events travel packed, not as objects");
    }

    [Test]
    public void A_state_packed_by_another_version_of_the_plugin_reads_as_nothing()
    {
        var stored = CachedVisitorState.StoredForm.From(Returning());
        var packed = Convert.FromBase64String(stored.Events);
        packed[0]++;
        stored.Events = Convert.ToBase64String(packed);

        Assert.That(new CachedVisitorState { Stored = stored }.ToState(), Is.Null);
    }

    [Test]
    public void One_servers_memory_cache_gets_back_the_very_state_it_cached()
    {
        var state = Returning();

        Assert.That(new CachedVisitorState(state).ToState(), Is.SameAs(state));
    }
}
