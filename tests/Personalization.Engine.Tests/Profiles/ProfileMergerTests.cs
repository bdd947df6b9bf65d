using System.Text.Json;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Tests.Profiles;

[TestFixture]
public class ProfileMergerTests
{
    static readonly DateTime T0 = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    static CustomerProfileState Registered() => CustomerProfileState.Empty(10) with
    {
        FirstSeenUtc = T0.AddDays(-100), LastSeenUtc = T0.AddDays(-5), Visits = 12, PageViews = 40, Orders = 2, TotalSpent = 200m,
        LastOrderUtc = T0.AddDays(-20), TopCategories = [new AffinityCount(1, 5), new AffinityCount(2, 3)],
        FirstTouchSource = "google", LastTouchSource = "google", Device = "desktop",
        Traits = new Dictionary<string, TraitValue> { ["tier"] = TraitValue.FromText("gold") }
    };

    static CustomerProfileState Guest() => CustomerProfileState.Empty(99) with
    {
        FirstSeenUtc = T0.AddDays(-1), LastSeenUtc = T0, Visits = 1, PageViews = 4, CartAdds = 1, CartValue = 30m,
        TopCategories = [new AffinityCount(2, 4), new AffinityCount(7, 1)], LastTouchSource = "newsletter", LastTouchCampaign = "spring",
        FirstTouchSource = "newsletter", Device = "mobile",
        Traits = new Dictionary<string, TraitValue> { ["tier"] = TraitValue.FromText("none"), ["vip"] = TraitValue.FromBoolean(true) }
    };

    [Test]
    public void A_guest_merged_into_a_customer_adds_its_behaviour_and_the_latest_context()
    {
        var merged = ProfileMerger.Merge(Registered(), Guest());

        Assert.That(merged.CustomerId, Is.EqualTo(10));
        Assert.That(merged.Visits, Is.EqualTo(13));
        Assert.That(merged.PageViews, Is.EqualTo(44));
        Assert.That(merged.CartValue, Is.EqualTo(30m));
        Assert.That(merged.Orders, Is.EqualTo(2));
        Assert.That(merged.FirstSeenUtc, Is.EqualTo(T0.AddDays(-100)));
        Assert.That(merged.LastSeenUtc, Is.EqualTo(T0));
        Assert.That(merged.TopCategories, Is.EqualTo(new[] { new AffinityCount(2, 7), new AffinityCount(1, 5), new AffinityCount(7, 1) }));
        Assert.That(merged.FirstTouchSource, Is.EqualTo("google"));
        Assert.That((merged.LastTouchSource, merged.LastTouchCampaign), Is.EqualTo(("newsletter", "spring")));
        Assert.That(merged.Device, Is.EqualTo("mobile"));
        Assert.That(merged.Traits["tier"].Text, Is.EqualTo("gold"), "the customer's own trait wins");
        Assert.That(merged.Traits["vip"].Boolean, Is.True);
        Assert.That(merged.MergedCustomerIds, Is.EqualTo(new[] { 99 }));
    }

    [Test]
    public void Merging_the_same_guest_twice_changes_nothing()
    {
        var once = ProfileMerger.Merge(Registered(), Guest());

        var twice = ProfileMerger.Merge(once, Guest());

        Assert.That(JsonSerializer.Serialize(twice), Is.EqualTo(JsonSerializer.Serialize(once)));
    }

    [Test]
    public void A_profile_merged_into_itself_is_unchanged()
    {
        var registered = Registered();

        Assert.That(ProfileMerger.Merge(registered, registered with { Visits = 1000 }), Is.SameAs(registered));
    }

    [Test]
    public void Merge_leaves_both_inputs_unchanged()
    {
        var registered = Registered();
        var guest = Guest();
        var before = JsonSerializer.Serialize(registered) + JsonSerializer.Serialize(guest);

        ProfileMerger.Merge(registered, guest);

        Assert.That(JsonSerializer.Serialize(registered) + JsonSerializer.Serialize(guest), Is.EqualTo(before));
    }
}
