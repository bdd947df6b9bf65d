using Microsoft.Extensions.DependencyInjection;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Segments;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Campaigns;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class CampaignDecisionServiceTests(DatabaseKind kind)
{
    RealTimeFarm _farm;

    [SetUp]
    public async Task CreateFarm() => _farm = await RealTimeFarm.CreateAsync(kind);

    [TearDown]
    public void DisposeFarm() => _farm?.Dispose();

    [Test]
    public async Task The_first_decision_stores_the_variant_and_another_server_keeps_it_after_the_weights_change()
    {
        var admin = _farm.AddNode();
        var first = _farm.AddNode();
        var second = _farm.AddNode();
        var campaign = await CampaignFarm.InsertAsync(admin, CampaignFarm.BottomBar(0m, 1000, 1));
        //a visitor the weights 1000:1 put in A and the weights 1:1000 would put in B
        var customer = CampaignFarm.CustomerWithBucket(campaign.Id, bucket => bucket < 1000.0 / 1001 && bucket > 1.0 / 1001);

        var shown = await CampaignFarm.DecideAsync(first, customer);
        await CampaignFarm.UpdateAsync(admin, campaign, CampaignFarm.BottomBar(0m, 1, 1000));
        await CampaignFarm.ForgetCachedExposuresAsync(_farm);
        var later = await CampaignFarm.DecideAsync(second, customer);
        var newcomer = CampaignFarm.CustomerWithBucket(campaign.Id, bucket => bucket > 1.0 / 1001, after: customer);
        var newcomerShown = await CampaignFarm.DecideAsync(second, newcomer);

        Assert.That(shown.Single().VariantId, Is.EqualTo(1));
        Assert.That(shown.Single().Copy.Title, Is.EqualTo("Variant A"));
        Assert.That(later.Single().VariantId, Is.EqualTo(1), "the stored arm wins over the new weights on a server that never saw the first decision");
        Assert.That(newcomerShown.Single().VariantId, Is.EqualTo(2), "a visitor never exposed gets the new weights");
        var stored = CampaignFarm.StoredExposures(_farm).Single(exposure => exposure.CustomerId == customer);
        Assert.That(stored.VariantId, Is.EqualTo(1));
        Assert.That(stored.Exposures, Is.Zero, "decided twice, never reported shown: nothing counts against the caps yet");
        Assert.That(stored.Shown, Is.False, "shown only once the browser reports the impression");
    }

    [Test]
    public async Task A_held_out_visitor_gets_control_recorded_and_nothing_to_show()
    {
        var server = _farm.AddNode();
        var campaign = await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(50m));
        var heldOut = CampaignFarm.CustomerWithBucket(campaign.Id, bucket => bucket < 0.5);
        var shownTo = CampaignFarm.CustomerWithBucket(campaign.Id, bucket => bucket >= 0.5);

        var control = await CampaignFarm.DecideAsync(server, heldOut);
        var variant = await CampaignFarm.DecideAsync(server, shownTo);

        Assert.That(control, Is.Empty);
        Assert.That(variant.Single().CampaignId, Is.EqualTo(campaign.Id));
        var stored = CampaignFarm.StoredExposures(_farm).Single(exposure => exposure.CustomerId == heldOut);
        Assert.That(stored.VariantId, Is.Null, "control");
        Assert.That(stored.Exposures, Is.EqualTo(1));
        Assert.That(stored.Shown, Is.False);
    }

    [Test]
    public async Task A_session_cap_is_kept_from_the_stored_impressions_when_the_cache_is_gone()
    {
        var server = _farm.AddNode();
        var other = _farm.AddNode();
        var capped = CampaignFarm.BottomBar(0m) with { Delivery = new CampaignDelivery { Cap = new FrequencyCap { PerSession = 2 } } };
        var campaign = await CampaignFarm.InsertAsync(server, capped);

        var pages = new List<int>();
        for (var page = 0; page < 3; page++)
        {
            await CampaignFarm.ForgetCachedExposuresAsync(_farm);
            var node = page == 1 ? other : server;
            var messages = await CampaignFarm.DecideAsync(node, 7);
            pages.Add(messages.Count);
            foreach (var message in messages)
                await CampaignFarm.InteractAsync(node, _farm, 7, campaign.Id, message.VariantId, CampaignInteraction.Impression);
        }

        Assert.That(pages, Is.EqualTo(new[] { 1, 1, 0 }), "shown on two pages of the session, then none, whichever server serves it");
        Assert.That(CampaignFarm.StoredExposures(_farm).Single().SessionExposures, Is.EqualTo(2));
    }

    [Test]
    public async Task A_visitor_who_leaves_before_the_delay_has_not_used_the_session_cap()
    {
        var server = _farm.AddNode();
        var capped = CampaignFarm.BottomBar(0m) with { Delivery = new CampaignDelivery { DelaySeconds = 5, Cap = new FrequencyCap { PerSession = 1 } } };
        var campaign = await CampaignFarm.InsertAsync(server, capped);

        var leftEarly = await CampaignFarm.DecideAsync(server, 7);
        var stayed = await CampaignFarm.DecideAsync(server, 7);
        await CampaignFarm.InteractAsync(server, _farm, 7, campaign.Id, stayed.Single().VariantId, CampaignInteraction.Impression);
        var afterShown = await CampaignFarm.DecideAsync(server, 7);

        Assert.That(leftEarly, Has.Count.EqualTo(1));
        Assert.That(stayed, Has.Count.EqualTo(1), "the first page never showed the bar, so the session's one showing is still to come");
        Assert.That(afterShown, Is.Empty, "shown once in the session");
        Assert.That(CampaignFarm.StoredExposures(_farm).Single().Exposures, Is.EqualTo(1));
    }

    [Test]
    public async Task A_day_cap_counts_the_stores_day_not_the_utc_day()
    {
        //UTC+10: 13:00 UTC is 23:00 in the store, 14:30 UTC is half past midnight of the store's next day
        _farm.StoreTimeZone = TimeZoneInfo.CreateCustomTimeZone("store", TimeSpan.FromHours(10), "store", "store");
        _farm.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero));
        var server = _farm.AddNode();
        var capped = CampaignFarm.BottomBar(0m) with { Delivery = new CampaignDelivery { Cap = new FrequencyCap { PerDay = 1 } } };
        var campaign = await CampaignFarm.InsertAsync(server, capped);

        var evening = await CampaignFarm.DecideAsync(server, 7);
        await CampaignFarm.InteractAsync(server, _farm, 7, campaign.Id, evening.Single().VariantId, CampaignInteraction.Impression);
        _farm.Clock.Advance(TimeSpan.FromMinutes(30));
        var lateEvening = await CampaignFarm.DecideAsync(server, 7);
        _farm.Clock.Advance(TimeSpan.FromHours(1));
        var nextStoreDay = await CampaignFarm.DecideAsync(server, 7);

        Assert.That(lateEvening, Is.Empty, "the same store day");
        Assert.That(nextStoreDay, Has.Count.EqualTo(1), "past the store's midnight, though still the same UTC day");
    }

    [Test]
    public async Task A_dismissed_message_is_not_shown_again()
    {
        var server = _farm.AddNode();
        var campaign = await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(0m));
        var shown = await CampaignFarm.DecideAsync(server, 7);

        var dismissed = await CampaignFarm.InteractAsync(server, _farm, 7, campaign.Id, shown.Single().VariantId, CampaignInteraction.Dismiss);

        Assert.That(dismissed, Is.True);
        Assert.That(await CampaignFarm.DecideAsync(server, 7), Is.Empty);
        Assert.That(CampaignFarm.StoredExposures(_farm).Single().DismissedOnUtc, Is.EqualTo(_farm.Clock.GetUtcNow().UtcDateTime));
    }

    [Test]
    public async Task An_impression_or_click_is_refused_unless_the_customer_has_that_very_assignment()
    {
        var server = _farm.AddNode();
        var campaign = await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(50m));
        var shownTo = CampaignFarm.CustomerWithBucket(campaign.Id, bucket => bucket >= 0.5);
        var heldOut = CampaignFarm.CustomerWithBucket(campaign.Id, bucket => bucket < 0.5);
        var stranger = CampaignFarm.CustomerWithBucket(campaign.Id, bucket => bucket >= 0.5, after: Math.Max(shownTo, heldOut));
        var variantId = (await CampaignFarm.DecideAsync(server, shownTo)).Single().VariantId;
        await CampaignFarm.DecideAsync(server, heldOut);

        var strangerImpression = await CampaignFarm.InteractAsync(server, _farm, stranger, campaign.Id, variantId, CampaignInteraction.Impression);
        var controlClick = await CampaignFarm.InteractAsync(server, _farm, heldOut, campaign.Id, variantId, CampaignInteraction.Click);
        var wrongVariant = await CampaignFarm.InteractAsync(server, _farm, shownTo, campaign.Id, variantId + 1, CampaignInteraction.Impression);
        var ownImpression = await CampaignFarm.InteractAsync(server, _farm, shownTo, campaign.Id, variantId, CampaignInteraction.Impression);

        Assert.That(strangerImpression, Is.False, "no assignment");
        Assert.That(controlClick, Is.False, "control is shown nothing, so nothing can be clicked");
        Assert.That(wrongVariant, Is.False);
        Assert.That(ownImpression, Is.True);
        var stored = CampaignFarm.StoredExposures(_farm);
        Assert.That(stored.Select(exposure => exposure.CustomerId), Is.EquivalentTo(new[] { shownTo, heldOut }), "the refused requests stored nothing");
        Assert.That(stored.Single(exposure => exposure.CustomerId == heldOut).ClickedOnUtc, Is.Null);
        Assert.That(stored.Single(exposure => exposure.CustomerId == shownTo).Shown, Is.True);
    }

    [Test]
    public async Task An_order_within_the_attribution_window_converts_the_exposure_with_its_revenue_and_one_after_it_does_not()
    {
        var server = _farm.AddNode();
        await CampaignFarm.InsertAsync(server, CampaignFarm.BottomBar(0m));
        await CampaignFarm.DecideAsync(server, 7);
        await CampaignFarm.DecideAsync(server, 8);
        var exposedOn = _farm.Clock.GetUtcNow().UtcDateTime;
        VisitorEvent Order(int customerId, int days, decimal total) =>
            new(TrackedEventType.OrderPlaced, customerId, Guid.NewGuid(), RealTimeFarm.StoreId, Guid.NewGuid(), 500 + customerId, total, null, exposedOn.AddDays(days));

        var converted = await server.RequestAsync(0, services => services.GetRequiredService<ICampaignExposureService>()
            .RecordConversionsAsync([Order(7, 3, 120m), Order(8, 8, 80m)]));

        Assert.That(converted, Is.EqualTo(1));
        var stored = CampaignFarm.StoredExposures(_farm);
        var inWindow = stored.Single(exposure => exposure.CustomerId == 7);
        Assert.That(inWindow.ConvertedOnUtc, Is.EqualTo(exposedOn.AddDays(3)));
        Assert.That(inWindow.Revenue, Is.EqualTo(120m));
        Assert.That(stored.Single(exposure => exposure.CustomerId == 8).ConvertedOnUtc, Is.Null, "eight days after a seven-day window opened");
    }

    [Test]
    public async Task Tokens_show_the_free_shipping_gap_of_the_cart_in_the_store_currency_and_fallbacks_for_what_is_unknown()
    {
        var server = _farm.AddNode();
        _farm.ShippingSettings = new Nop.Core.Domain.Shipping.ShippingSettings { FreeShippingOverXEnabled = true, FreeShippingOverXValue = 100m };
        var nudge = CampaignFarm.BottomBar(0m) with
        {
            Variants =
            [
                new CampaignVariant
                {
                    Name = "A",
                    Copies = [new CampaignCopy { Title = "{{customer.first_name|Hi there}}, only {{cart.free_shipping_left|a little}} more for free shipping", BodyHtml = "<p>Your cart: {{cart.value|empty}}</p>" }]
                }
            ]
        };
        await CampaignFarm.InsertAsync(server, nudge);
        await _farm.Store.WriteAsync([new VisitorState { Profile = CustomerProfileState.Empty(7) with { CartValue = 87.5m }, StoreId = RealTimeFarm.StoreId }]);
        await _farm.Store.WriteAsync([new VisitorState { Profile = CustomerProfileState.Empty(8) with { CartValue = 140m }, StoreId = RealTimeFarm.StoreId }]);

        var almost = (await CampaignFarm.DecideAsync(server, 7)).Single().Copy;
        var qualifies = (await CampaignFarm.DecideAsync(server, 8)).Single().Copy;

        Assert.That(almost.Title, Is.EqualTo("Hi there, only $12.50 more for free shipping"));
        Assert.That(almost.BodyHtml, Is.EqualTo("<p>Your cart: $87.50</p>"));
        Assert.That(qualifies.Title, Is.EqualTo("Hi there, only a little more for free shipping"), "a cart that already ships free has no gap");
    }
}
