using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Campaigns.Statistics;
using Personalization.Engine.Segments;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class PersonalizationCampaignsControllerTests(DatabaseKind kind)
{
    CampaignAdmin _admin;

    [SetUp]
    public async Task CreateAdmin() => _admin = await CampaignAdmin.CreateAsync(kind);

    [TearDown]
    public void DropAdmin() => _admin?.Dispose();

    static readonly SegmentRule ThreeOrders = SegmentRule.AllOf(
        RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "orders"), (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, "3")));

    async Task<Segment> SegmentAsync(string name, string templateKey = null)
    {
        var segment = new Segment { Name = name, RuleJson = SegmentRuleJson.Write(ThreeOrders), Active = true, TemplateKey = templateKey };
        await _admin.Store.SegmentService.InsertSegmentAsync(segment);
        return segment;
    }

    static CampaignCopyModel Copy(int languageId, string title = null, string body = null, string ctaText = null, string ctaUrl = null, string image = null) => new()
    {
        LanguageId = languageId, Title = title, BodyHtml = body, CallToActionText = ctaText, CallToActionUrl = ctaUrl, ImageUrl = image
    };

    //every field of the editor set to something other than its default
    static CampaignModel FullForm(int vip, int bargainHunters) => new()
    {
        Name = "Winter free shipping",
        StatusId = (int)CampaignStatus.Active,
        StoreId = 1,
        Priority = 7,
        IncludeSegmentIds = [vip],
        ExcludeSegmentIds = [bargainHunters],
        Goal = new CampaignGoalModel { Kind = (int)GoalKind.Event, Event = "cartAdd", Category = "12", IncludeSubcategories = false, Product = "3, 4", Label = "caulk", LabelMatch = "contains", MinValue = "5", MaxValue = "500" },
        AttributionDays = 14,
        HoldoutPercent = 20m,
        Variants =
        [
            new CampaignVariantModel
            {
                Name = "A", Weight = 3, CouponCode = "WINTER",
                Copies = [Copy(0, "{{customer.first_name|Hi}}, free shipping", "<p>Over <strong>$100</strong></p>", "Shop now", "/winter", "/images/winter.png"), Copy(1), Copy(CampaignAdmin.GermanLanguageId, "Gratisversand")]
            },
            new CampaignVariantModel
            {
                Name = "B", Weight = 1,
                Coupon = new CampaignCouponModel { DiscountId = CampaignAdmin.CouponDiscountId, UniquePerVisitor = true, ValidDays = 10 },
                Copies = [Copy(0, "Your code: {{coupon.code|at checkout}}", "<p>One per visitor</p>")]
            }
        ],
        Delivery = new CampaignDeliveryModel
        {
            DelaySeconds = 8, OnExitIntent = true, ScrollDepthPercent = 40, Dismissible = false,
            Cap = new CampaignCapModel { PerSession = 1, PerDay = 2, PerVisitor = 5 },
            Pages =
            [
                new CampaignPageRuleModel { Kind = (int)PageTargetKind.PageType, PageTypes = ["category", "product"] },
                new CampaignPageRuleModel { Kind = (int)PageTargetKind.Category, Ids = "12, 14", IncludeSubcategories = false },
                new CampaignPageRuleModel { Kind = (int)PageTargetKind.Url, UrlPattern = "^/checkout", UrlPatternIsRegex = true, Exclude = true }
            ]
        },
        Schedule = new CampaignScheduleModel
        {
            StartsOn = new DateTime(2026, 12, 24, 8, 0, 0), EndsOn = new DateTime(2027, 1, 6, 20, 0, 0),
            Days = [(int)DayOfWeek.Saturday, (int)DayOfWeek.Sunday], FromHour = 22, ToHour = 6
        },
        Presentation = new CampaignPresentationModel { Kind = (int)PresentationKind.TopBar }
    };

    async Task<Campaign> SavedAsync(CampaignModel form)
    {
        var result = await _admin.Controller.Create(form, continueEditing: true);
        Assert.That(result, Is.TypeOf<RedirectToActionResult>(), () => string.Join(" | ", _admin.Controller.ModelState.SelectMany(entry => entry.Value!.Errors.Select(e => entry.Key + ": " + e.ErrorMessage))));
        return _admin.StoredCampaigns.Single();
    }

    //models are compared by their fields (records with a custom-properties dictionary compare it by reference)
    static string Json(object model) => System.Text.Json.JsonSerializer.Serialize(model, model.GetType());

    async Task<CampaignModel> EditFormAsync(int id) => (CampaignModel)((ViewResult)await _admin.Controller.Edit(id)).Model!;

    [Test]
    public async Task Every_field_of_the_editor_survives_saving_and_opening_the_campaign_again()
    {
        var vip = await SegmentAsync("VIP");
        var bargainHunters = await SegmentAsync("Bargain hunters");
        var posted = FullForm(vip.Id, bargainHunters.Id);

        var stored = await SavedAsync(posted);
        var loaded = await EditFormAsync(stored.Id);

        Assert.That((loaded.Name, loaded.StatusId, loaded.StoreId, loaded.Priority, loaded.AttributionDays, loaded.HoldoutPercent),
            Is.EqualTo(("Winter free shipping", (int)CampaignStatus.Active, 1, 7, 14, 20m)));
        Assert.That((loaded.IncludeSegmentIds.Single(), loaded.ExcludeSegmentIds.Single()), Is.EqualTo((vip.Id, bargainHunters.Id)));
        Assert.That(Json(loaded.Goal), Is.EqualTo(Json(posted.Goal)));
        Assert.That(loaded.Variants.Select(v => (v.Id, v.Name, v.Weight, v.CouponCode)), Is.EqualTo(new[] { (1, "A", 3, "WINTER"), (2, "B", 1, (string)null) }));
        Assert.That(Json(loaded.Variants[1].Coupon), Is.EqualTo(Json(new CampaignCouponModel { DiscountId = CampaignAdmin.CouponDiscountId, UniquePerVisitor = true, ValidDays = 10 })));
        Assert.That(loaded.Variants[0].Copies.Select(c => (c.LanguageId, c.LanguageName, c.Title)),
            Is.EqualTo(new[] { (0, "Standard", "{{customer.first_name|Hi}}, free shipping"), (1, "English", (string)null), (CampaignAdmin.GermanLanguageId, "Deutsch", "Gratisversand") }),
            "a tab per language, the blank English one not stored but offered again");
        var standard = loaded.Variants[0].Copies[0];
        Assert.That((standard.BodyHtml, standard.CallToActionText, standard.CallToActionUrl, standard.ImageUrl),
            Is.EqualTo(("<p>Over <strong>$100</strong></p>", "Shop now", "/winter", "/images/winter.png")));
        Assert.That((loaded.Delivery.DelaySeconds, loaded.Delivery.OnExitIntent, loaded.Delivery.ScrollDepthPercent, loaded.Delivery.Dismissible), Is.EqualTo((8, true, 40, false)));
        Assert.That(Json(loaded.Delivery.Cap), Is.EqualTo(Json(posted.Delivery.Cap)));
        Assert.That(loaded.Delivery.Pages.Select(p => (p.Kind, p.Exclude, string.Join("|", p.PageTypes), p.Ids, p.IncludeSubcategories, p.UrlPattern, p.UrlPatternIsRegex)), Is.EqualTo(new[]
        {
            ((int)PageTargetKind.PageType, false, "category|product", "", true, (string)null, false),
            ((int)PageTargetKind.Category, false, "", "12, 14", false, null, false),
            ((int)PageTargetKind.Url, true, "", "", true, "^/checkout", true)
        }));
        Assert.That((loaded.Schedule.StartsOn, loaded.Schedule.EndsOn, loaded.Schedule.FromHour, loaded.Schedule.ToHour),
            Is.EqualTo((posted.Schedule.StartsOn, posted.Schedule.EndsOn, 22, 6)), "shown in the store's time zone as entered");
        Assert.That(loaded.Schedule.Days, Is.EqualTo(new[] { (int)DayOfWeek.Saturday, (int)DayOfWeek.Sunday }));
        Assert.That(loaded.Presentation.Kind, Is.EqualTo((int)PresentationKind.TopBar));
        Assert.That((stored.StartsOnUtc, stored.EndsOnUtc), Is.EqualTo((new DateTime(2026, 12, 24, 6, 0, 0), new DateTime(2027, 1, 6, 18, 0, 0))),
            "stored in UTC: the store is two hours ahead");
    }

    [Test]
    public async Task An_end_before_the_start_is_refused_at_the_end_field_and_the_stored_campaign_is_unchanged()
    {
        var stored = await SavedAsync(FullForm(0, 0) with { IncludeSegmentIds = [], ExcludeSegmentIds = [] });
        var before = stored.CampaignJson;
        var form = await EditFormAsync(stored.Id);
        form.Name = "Renamed";
        form.Schedule.EndsOn = new DateTime(2026, 12, 20, 8, 0, 0);

        var result = await _admin.Controller.Edit(form, continueEditing: false);

        Assert.That(result, Is.TypeOf<ViewResult>());
        Assert.That(_admin.Controller.ModelState["Schedule.EndsOn"]!.Errors.Select(e => e.ErrorMessage),
            Is.EqualTo(new[] { "Schedule, end: 2026-12-20 06:00 UTC is not after the start 2026-12-24 06:00 UTC." }));
        Assert.That(((CampaignModel)((ViewResult)result).Model!).Name, Is.EqualTo("Renamed"), "the form comes back as posted");
        var after = _admin.StoredCampaigns.Single();
        Assert.That((after.Name, after.CampaignJson), Is.EqualTo(("Winter free shipping", before)));
    }

    [Test]
    public async Task A_bad_link_in_a_translation_is_shown_in_that_language_tab()
    {
        var form = FullForm(0, 0) with { IncludeSegmentIds = [], ExcludeSegmentIds = [] };
        form.Variants[0].Copies[2].CallToActionText = "Jetzt kaufen";
        form.Variants[0].Copies[2].CallToActionUrl = "javascript:alert(1)";

        var result = await _admin.Controller.Create(form, continueEditing: false);

        Assert.That(result, Is.TypeOf<ViewResult>());
        //the blank English copy is not stored, so the engine's second copy is the form's third tab
        Assert.That(_admin.Controller.ModelState["Variants[0].Copies[2].CallToActionUrl"]?.Errors, Has.Count.EqualTo(1));
        Assert.That(_admin.StoredCampaigns, Is.Empty);
    }

    [Test]
    public async Task A_hostile_body_is_stored_sanitized_and_the_editor_reopens_on_the_sanitized_body()
    {
        var form = FullForm(0, 0) with { IncludeSegmentIds = [], ExcludeSegmentIds = [] };
        form.Variants[0].Copies[0].BodyHtml = "<p onclick=\"steal()\">Free shipping</p><script>alert(document.cookie)</script>";

        var stored = await SavedAsync(form);
        var loaded = await EditFormAsync(stored.Id);

        Assert.That(loaded.Variants[0].Copies[0].BodyHtml, Is.EqualTo("<p>Free shipping</p>"));
        Assert.That(stored.CampaignJson, Does.Not.Contain("script").And.Not.Contain("onclick"));
        _admin.Notifications.Verify(n => n.WarningNotification(It.Is<string>(text => text.Contains("script")), true, 0), Times.Once,
            "the merchant is told what the sanitizer removed");
    }

    [Test]
    public async Task A_discount_that_needs_no_code_is_refused_at_the_variants_coupon_and_nothing_is_stored()
    {
        var form = FullForm(0, 0) with { IncludeSegmentIds = [], ExcludeSegmentIds = [] };
        form.Variants[1].Coupon.DiscountId = CampaignAdmin.AutomaticDiscountId;

        var result = await _admin.Controller.Create(form, continueEditing: false);

        Assert.That(result, Is.TypeOf<ViewResult>());
        Assert.That(_admin.Controller.ModelState["Variants[1].Coupon.DiscountId"]!.Errors.Single().ErrorMessage, Is.EqualTo("Choose a discount that requires a coupon code."));
        Assert.That(((CampaignModel)((ViewResult)result).Model!).AvailableDiscounts.Select(d => d.Text), Is.EqualTo(new[] { "No discount", "First box free" }));
        Assert.That(_admin.StoredCampaigns, Is.Empty);
    }

    [Test]
    public async Task Adding_a_variant_or_removing_a_page_rule_changes_the_form_and_stores_nothing()
    {
        var form = FullForm(0, 0) with { IncludeSegmentIds = [], ExcludeSegmentIds = [] };

        var added = (CampaignModel)((ViewResult)await _admin.Controller.Create(form, continueEditing: false, editorAction: "add-variant")).Model!;
        var removed = (CampaignModel)((ViewResult)await _admin.Controller.Create(added, continueEditing: false, editorAction: "remove-page:1")).Model!;

        Assert.That(added.Variants.Select(v => v.Name), Is.EqualTo(new[] { "A", "B", "C" }));
        Assert.That(added.Variants[2].Copies.Select(c => c.LanguageName), Is.EqualTo(new[] { "Standard", "English", "Deutsch" }));
        Assert.That(removed.Delivery.Pages.Select(p => p.Kind), Is.EqualTo(new[] { (int)PageTargetKind.PageType, (int)PageTargetKind.Url }));
        Assert.That(_admin.StoredCampaigns, Is.Empty);
    }

    [Test]
    public async Task A_template_opens_unsaved_aimed_at_the_segment_made_from_its_segment_template()
    {
        var subscribers = await SegmentAsync("Valuable subscribers about to leave", CampaignTemplates.ValuableSubscriberSegment);
        var list = (CampaignSearchModel)((ViewResult)await _admin.Controller.List()).Model!;

        var form = (CampaignModel)((ViewResult)await _admin.Controller.Create("free-shipping-upsell")).Model!;

        Assert.That(list.AvailableTemplates.Select(t => t.Key), Is.EqualTo(new[] { "free-shipping-upsell", "caulking-guide", "first-box-coupon" }));
        Assert.That(list.AvailableTemplates[0].Description, Does.StartWith("The North Face"));
        Assert.That(list.AvailableTemplates[0].SegmentName, Is.EqualTo(subscribers.Name));
        Assert.That((form.Id, form.StatusId, form.IncludeSegmentIds.Single()), Is.EqualTo((0, (int)CampaignStatus.Draft, subscribers.Id)));
        Assert.That((form.Presentation.Kind, form.Delivery.DelaySeconds), Is.EqualTo(((int)PresentationKind.BottomBar, 5)));
        Assert.That(form.Variants[0].Copies[0].BodyHtml, Does.Contain("Orders over 100 ship free"), "the store's own free-shipping threshold");
        Assert.That(_admin.StoredCampaigns, Is.Empty);
    }

    [Test]
    public async Task The_preview_renders_the_posted_copy_sanitized_with_sample_values_for_the_tokens()
    {
        var form = FullForm(0, 0);
        form.Variants[0].Copies[0].BodyHtml = "<p>Cart: {{cart.value}}</p><img src=x onerror=\"alert(1)\">";

        var result = (PartialViewResult)await _admin.Controller.Preview(form, variantIndex: 0, languageId: CampaignAdmin.GermanLanguageId);

        var preview = (CampaignPreviewModel)result.Model!;
        Assert.That(result.ViewName, Does.EndWith("Campaigns/Preview.cshtml"));
        Assert.That(preview.Error, Is.Null);
        Assert.That(preview.Message.Copy.Title, Is.EqualTo("Gratisversand"), "the German tab's title");
        Assert.That(preview.Message.Copy.BodyHtml, Is.EqualTo("<p>Cart: $64.00</p><img src=\"x\">"), "the standard body, sanitized, with the sample cart");
        Assert.That((preview.Message.Copy.CallToActionText, preview.Message.Presentation), Is.EqualTo(("Shop now", PresentationKind.TopBar)));
        Assert.That(preview.SampleValues, Does.Contain("Alex").And.Contain("$36.00"));
        Assert.That(_admin.StoredCampaigns, Is.Empty);
    }

    [Test]
    public async Task The_preview_of_a_broken_token_says_what_is_wrong_instead_of_rendering()
    {
        var form = FullForm(0, 0);
        form.Variants[1].Copies[0].Title = "Hello {{customer.first_name";

        var preview = (CampaignPreviewModel)((PartialViewResult)await _admin.Controller.Preview(form, variantIndex: 1, languageId: 0)).Model!;

        Assert.That(preview.Message, Is.Null);
        Assert.That(preview.Error, Does.Contain("Variant 'B'"));
    }

    [Test]
    public async Task Pausing_from_the_list_keeps_the_campaign_and_the_list_filters_by_status()
    {
        var stored = await SavedAsync(FullForm(0, 0) with { IncludeSegmentIds = [], ExcludeSegmentIds = [] });

        await _admin.Controller.ChangeStatus(stored.Id, (int)CampaignStatus.Paused);

        var paused = await _admin.Factory.PrepareCampaignListModelAsync(new CampaignSearchModel { SearchStatusId = (int)CampaignStatus.Paused, Length = 15 });
        var active = await _admin.Factory.PrepareCampaignListModelAsync(new CampaignSearchModel { SearchStatusId = (int)CampaignStatus.Active, Length = 15 });
        var row = paused.Data.Single();
        Assert.That((row.Name, row.StatusName, row.StoreName, row.PresentationName, row.ScheduleText),
            Is.EqualTo(("Winter free shipping", "Paused", "Caulk & Co", "Top bar", "2026-12-24 08:00 – 2027-01-06 20:00")));
        Assert.That(row.ConversionText, Is.Null, "nobody exposed yet");
        Assert.That(active.Data, Is.Empty);
    }

    static CampaignExposure Exposure(int campaignId, int? variantId, int customerId, DateTime firstUtc, bool shown = false, DateTime? clicked = null, DateTime? converted = null, decimal revenue = 0m) => new()
    {
        CampaignId = campaignId, VariantId = variantId, CustomerId = customerId, VisitorId = Guid.NewGuid(), FirstExposedOnUtc = firstUtc, LastExposedOnUtc = firstUtc,
        Exposures = 1, Shown = shown, ClickedOnUtc = clicked, ConvertedOnUtc = converted, Revenue = revenue
    };

    [Test]
    public async Task Results_count_each_arm_and_day_as_the_exposures_were_counted_by_hand()
    {
        var stored = await SavedAsync(FullForm(0, 0) with { IncludeSegmentIds = [], ExcludeSegmentIds = [] });
        var other = await _admin.CampaignService.GetAllCampaignsAsync();
        var day1 = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        var day2 = day1.AddDays(1);
        var day4 = day1.AddDays(3);
        //control: 3 visitors, 1 converts on day 2 for 40; A: 4 visitors, 3 shown, 2 click, 2 convert (day 2: 50, day 4: 30); B: 1 visitor, shown
        var exposures = new List<CampaignExposure>
        {
            Exposure(stored.Id, null, 1, day1),
            Exposure(stored.Id, null, 2, day1.AddHours(5), converted: day2, revenue: 40m),
            Exposure(stored.Id, null, 3, day2),
            Exposure(stored.Id, 1, 4, day1, shown: true, clicked: day1.AddMinutes(1), converted: day2.AddHours(1), revenue: 50m),
            Exposure(stored.Id, 1, 5, day1, shown: true),
            Exposure(stored.Id, 1, 6, day2, shown: true, clicked: day2.AddMinutes(3), converted: day4, revenue: 30m),
            Exposure(stored.Id, 1, 7, day4),
            Exposure(stored.Id, 2, 8, day2, shown: true),
            Exposure(stored.Id + 1, 1, 9, day1, shown: true, converted: day1, revenue: 999m)
        };
        await _admin.InsertExposuresAsync(exposures);

        var counts = await _admin.Results.GetArmCountsAsync([stored.Id]);
        var days = await _admin.Results.GetDayCountsAsync([stored.Id]);
        var model = await _admin.Factory.PrepareCampaignResultsModelAsync(stored);

        Assert.That(counts.OrderBy(c => c.VariantId).Select(c => (c.VariantId, c.Visitors, c.Shown, c.Clicks, c.Conversions, c.Revenue, c.RevenueSquares)), Is.EqualTo(new[]
        {
            (0, 3L, 0L, 0L, 1L, 40m, 1600m),
            (1, 4L, 3L, 2L, 2L, 80m, 3400m),
            (2, 1L, 1L, 0L, 0L, 0m, 0m)
        }));
        Assert.That(days.Select(d => (d.VariantId, d.Day, d.Visitors, d.Conversions)), Is.EqualTo(new[]
        {
            (0, day1.Date, 2L, 0L), (0, day2.Date, 1L, 1L),
            (1, day1.Date, 2L, 0L), (1, day2.Date, 1L, 1L), (1, day4.Date, 1L, 1L),
            (2, day2.Date, 1L, 0L)
        }));
        Assert.That(model.Days, Is.EqualTo(new[] { "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04" }), "every day of the experiment, the quiet one too");
        Assert.That(model.Arms.Select(a => (a.Name, a.Exposed, a.Shown, a.Clicks, a.Conversions)), Is.EqualTo(new[]
        {
            ("Control (held out)", 3L, 0L, 0L, 1L), ("A", 4L, 3L, 2L, 2L), ("B", 1L, 1L, 0L, 0L)
        }));
        Assert.That(model.Arms[1].ClickThroughRate, Is.EqualTo(2.0 / 3).Within(1e-12));
        Assert.That(model.Arms[1].ConversionRate, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(model.Arms[1].RevenuePerVisitor, Is.EqualTo(20.0).Within(1e-9));
        Assert.That(model.DailyExposed[1], Is.EqualTo(new long[] { 2, 1, 0, 1 }));
        Assert.That(model.CumulativeConversionRate[1], Is.EqualTo(new double?[] { 0, 1.0 / 3, 1.0 / 3, 0.5 }).Within(1e-12));

        //the same figures the engine gives for the hand-counted arms
        var expected = ExperimentAnalysis.Analyze(
            new ExperimentArm { Name = "Control", ExpectedShare = 0.2, Visitors = 3, Conversions = 1, Revenue = 40, RevenueSquares = 1600, DailyVisitors = [2, 1, 0, 0], DailyConversions = [0, 1, 0, 0] },
            [
                new ExperimentArm { VariantId = 1, Name = "A", ExpectedShare = 0.6, Visitors = 4, Conversions = 2, Revenue = 80, RevenueSquares = 3400, DailyVisitors = [2, 1, 0, 1], DailyConversions = [0, 1, 0, 1] },
                new ExperimentArm { VariantId = 2, Name = "B", ExpectedShare = 0.2, Visitors = 1, Conversions = 0, DailyVisitors = [0, 1, 0, 0], DailyConversions = [0, 0, 0, 0] }
            ]);
        Assert.That(model.Verdict, Is.EqualTo(expected.Verdict.Text));
        Assert.That(model.Arms[1].ProbabilityToBeatControl, Is.EqualTo(expected.Variants[0].ProbabilityToBeatControl).Within(1e-12));
        Assert.That(other, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task The_list_shows_the_best_variant_against_control_and_the_verdict()
    {
        var stored = await SavedAsync(FullForm(0, 0) with { IncludeSegmentIds = [], ExcludeSegmentIds = [] });
        var day = new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
        await _admin.InsertExposuresAsync(new List<CampaignExposure>
        {
            Exposure(stored.Id, null, 1, day), Exposure(stored.Id, null, 2, day),
            Exposure(stored.Id, 1, 3, day, converted: day), Exposure(stored.Id, 1, 4, day),
            Exposure(stored.Id, 2, 5, day)
        });

        var row = (await _admin.Factory.PrepareCampaignListModelAsync(new CampaignSearchModel { Length = 15 })).Data.Single();

        Assert.That(row.Exposed, Is.EqualTo(5));
        Assert.That(row.ConversionText, Is.EqualTo($"A: {0.5:P1} vs control {0.0:P1}"));
        Assert.That(row.Verdict, Does.StartWith("Not enough data yet"));
    }

    [Test]
    public void A_user_without_the_personalization_permission_reaches_no_page_or_post_of_the_campaigns_admin()
    {
        var actions = typeof(PersonalizationCampaignsController).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        var unguarded = actions.Where(action => action.GetCustomAttribute<CheckPermissionAttribute>()?.PermissionSystemName
            .Contains(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION) != true).Select(action => action.Name);

        Assert.That(actions.Select(action => action.Name).Distinct(), Is.EquivalentTo(new[] { "List", "CampaignList", "Create", "Edit", "Delete", "ChangeStatus", "Preview", "Results" }));
        Assert.That(unguarded, Is.Empty);
        Assert.That(typeof(PersonalizationCampaignsController).GetCustomAttribute<AuthorizeAdminAttribute>(), Is.Not.Null);
    }
}
