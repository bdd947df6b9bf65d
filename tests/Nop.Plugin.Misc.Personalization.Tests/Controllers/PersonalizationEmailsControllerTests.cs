using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Plugin.Misc.Personalization.Models.Emails;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class PersonalizationEmailsControllerTests(DatabaseKind kind)
{
    EmailAdmin _admin;
    int _sunbeds;
    int _recentBuyers;
    int _couponDiscount;
    int _automaticDiscount;

    [SetUp]
    public async Task CreateAdmin()
    {
        _admin = await EmailAdmin.CreateAsync(kind);
        _sunbeds = await SegmentAsync("Sunbed viewers");
        _recentBuyers = await SegmentAsync("Recent buyers");
        var coupon = new Discount { Name = "Come back: 15 % off", RequiresCouponCode = true, CouponCode = "BACK15", DiscountPercentage = 15, UsePercentage = true };
        var automatic = new Discount { Name = "Winter sale", RequiresCouponCode = false, DiscountPercentage = 5, UsePercentage = true };
        await _admin.Discounts.InsertAsync(coupon);
        await _admin.Discounts.InsertAsync(automatic);
        (_couponDiscount, _automaticDiscount) = (coupon.Id, automatic.Id);
    }

    [TearDown]
    public void DropAdmin() => _admin?.Dispose();

    async Task<int> SegmentAsync(string name)
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "orders"), (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, "1")));
        var segment = new Segment { Name = name, RuleJson = SegmentRuleJson.Write(rule), Active = true };
        await _admin.Store.SegmentService.InsertSegmentAsync(segment);
        return segment.Id;
    }

    //every field of the editor set to something other than its default
    EmailFlowModel FullForm() => new()
    {
        Name = "Sunbed win-back",
        StoreId = 1,
        Active = true,
        Trigger = new EmailTriggerModel { Kind = (int)EmailTriggerKind.WinBack, DaysWithoutOrder = 120, CartIdleMinutes = 45, BrowseIdleMinutes = 300, MinimumViews = 4, DaysAfterOrder = 3 },
        IncludeSegmentIds = [_sunbeds],
        ExcludeSegmentIds = [_recentBuyers],
        Steps =
        [
            new EmailStepModel { Delay = 30, DelayUnitMinutes = EmailDelayUnits.Minute, TemplateSystemName = "Personalization.WinBack.1" },
            new EmailStepModel
            {
                Delay = 2, DelayUnitMinutes = EmailDelayUnits.Day, TemplateSystemName = "Personalization.CartAbandonment.2",
                Coupon = new CampaignCouponModel { DiscountId = _couponDiscount, UniquePerVisitor = true, ValidDays = 10 }
            },
            new EmailStepModel { Delay = 5, DelayUnitMinutes = EmailDelayUnits.Hour, TemplateSystemName = "Customer.WelcomeMessage" }
        ],
        Variants =
        [
            new EmailVariantModel { Name = "Friendly", Weight = 3, TemplateSystemNames = ["", "Personalization.CartAbandonment.1"] },
            new EmailVariantModel { Name = "Witty", Weight = 1, TemplateSystemNames = ["Personalization.CartAbandonment.1", "", "Personalization.WinBack.1"] }
        ],
        HoldoutPercent = 20m,
        AttributionDays = 14,
        ReenrollAfterDays = 60,
        StopConditions = new EmailStopConditionsModel { OnPurchase = false, OnLeftSegment = true },
        QuietHours = new EmailQuietHoursModel { Enabled = true, FromHour = 22, ToHour = 7 },
        Cap = new EmailCapModel { Enabled = false, MaxEmails = 3, Days = 7 }
    };

    async Task<EmailFlowModel> EditorOfAsync(int flowId)
    {
        var view = (ViewResult)await _admin.Controller.Edit(flowId);
        return (EmailFlowModel)view.Model;
    }

    async Task<int> CreateAsync(EmailFlowModel form)
    {
        var result = await _admin.Controller.Create(form);
        Assert.That(result, Is.InstanceOf<RedirectToActionResult>(), () => string.Join("; ", _admin.Controller.ModelState
            .SelectMany(entry => entry.Value.Errors.Select(error => $"{entry.Key}: {error.ErrorMessage}"))));
        return _admin.StoredFlows.Single().Id;
    }

    string[] ErrorsAt(string field) =>
        _admin.Controller.ModelState.TryGetValue(field, out var entry) ? entry.Errors.Select(error => error.ErrorMessage).ToArray() : [];

    [Test]
    public async Task Every_field_of_the_editor_survives_save_and_reload()
    {
        var id = await CreateAsync(FullForm());

        var editor = await EditorOfAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(editor.Name, Is.EqualTo("Sunbed win-back"));
            Assert.That(editor.Active, Is.True);
            var trigger = editor.Trigger;
            Assert.That((trigger.Kind, trigger.DaysWithoutOrder, trigger.CartIdleMinutes, trigger.BrowseIdleMinutes, trigger.MinimumViews, trigger.DaysAfterOrder, trigger.SendOn),
                Is.EqualTo(((int)EmailTriggerKind.WinBack, 120, 45, 300, 4, 3, (DateTime?)null)));
            Assert.That(editor.IncludeSegmentIds, Is.EqualTo(new[] { _sunbeds }));
            Assert.That(editor.ExcludeSegmentIds, Is.EqualTo(new[] { _recentBuyers }));
            Assert.That(editor.Steps.Select(step => (step.Delay, step.DelayUnitMinutes, step.TemplateSystemName)), Is.EqualTo(new[]
            {
                (30, EmailDelayUnits.Minute, "Personalization.WinBack.1"),
                (2, EmailDelayUnits.Day, "Personalization.CartAbandonment.2"),
                (5, EmailDelayUnits.Hour, "Customer.WelcomeMessage")
            }));
            Assert.That(editor.Steps[0].Coupon.DiscountId, Is.Zero);
            var coupon = editor.Steps[1].Coupon;
            Assert.That((coupon.DiscountId, coupon.UniquePerVisitor, coupon.ValidDays), Is.EqualTo((_couponDiscount, true, 10)));
            //saved variants are numbered, and a blank template (the email's own) stays blank
            Assert.That(editor.Variants.Select(variant => (variant.Id, variant.Name, variant.Weight)), Is.EqualTo(new[] { (1, "Friendly", 3), (2, "Witty", 1) }));
            Assert.That(editor.Variants[0].TemplateSystemNames, Is.EqualTo(new[] { "", "Personalization.CartAbandonment.1" }));
            Assert.That(editor.Variants[1].TemplateSystemNames, Is.EqualTo(new[] { "Personalization.CartAbandonment.1", "", "Personalization.WinBack.1" }));
            Assert.That((editor.HoldoutPercent, editor.AttributionDays, editor.ReenrollAfterDays), Is.EqualTo((20m, 14, 60)));
            Assert.That((editor.StopConditions.OnPurchase, editor.StopConditions.OnLeftSegment), Is.EqualTo((false, true)));
            Assert.That((editor.QuietHours.Enabled, editor.QuietHours.FromHour, editor.QuietHours.ToHour), Is.EqualTo((true, 22, 7)));
            Assert.That(editor.Cap.Enabled, Is.False);
        });

        //what the scheduler reads is the same flow: minutes, a coupon, no cap
        Assert.That(EmailFlowMapping.TryRead(_admin.StoredFlows.Single(), out var stored, out _), Is.True);
        Assert.That(stored.Steps.Select(step => step.DelayMinutes), Is.EqualTo(new[] { 30, 2 * 24 * 60, 5 * 60 }));
        Assert.That(stored.Cap, Is.Null);

        //saving the reloaded editor unchanged stores the same flow
        var before = _admin.StoredFlows.Single().FlowJson;
        Assert.That(await _admin.Controller.Edit(editor), Is.InstanceOf<RedirectToActionResult>());
        Assert.That(_admin.StoredFlows.Single().FlowJson, Is.EqualTo(before));
    }

    [Test]
    public async Task Broadcast_time_is_entered_in_store_time_and_stored_in_utc()
    {
        var form = FullForm();
        form.Trigger = new EmailTriggerModel { Kind = (int)EmailTriggerKind.SegmentBroadcast, SendOn = new DateTime(2026, 12, 24, 9, 0, 0) };
        form.Variants.Clear();
        var id = await CreateAsync(form);

        EmailFlowMapping.TryRead(_admin.StoredFlows.Single(), out var stored, out _);
        //the store is two hours ahead of UTC
        Assert.That(stored.Trigger.SendOnUtc, Is.EqualTo(new DateTime(2026, 12, 24, 7, 0, 0, DateTimeKind.Utc)));
        Assert.That((await EditorOfAsync(id)).Trigger.SendOn, Is.EqualTo(new DateTime(2026, 12, 24, 9, 0, 0)));
    }

    [Test]
    public async Task Wait_past_ninety_days_is_refused_at_its_field_and_the_stored_flow_is_unchanged()
    {
        var id = await CreateAsync(FullForm());
        var before = _admin.StoredFlows.Single().FlowJson;
        var form = await EditorOfAsync(id);
        form.Steps[1].Delay = 200;
        form.Name = "Renamed";

        var result = await _admin.Controller.Edit(form);

        Assert.That(result, Is.InstanceOf<ViewResult>());
        Assert.That(ErrorsAt("Steps[1].Delay"), Has.One.Contains("Email 2, wait").And.Contains("129,600"));
        Assert.That(_admin.StoredFlows.Single().FlowJson, Is.EqualTo(before));
        Assert.That(_admin.StoredFlows.Single().Name, Is.EqualTo("Sunbed win-back"));
        //the form comes back as posted, with its choices
        var shown = (EmailFlowModel)((ViewResult)result).Model;
        Assert.That((shown.Steps[1].Delay, shown.Name), Is.EqualTo((200, "Renamed")));
        Assert.That(shown.AvailableTemplates, Is.Not.Empty);
    }

    [Test]
    public async Task Discount_that_takes_no_code_is_refused_at_the_email_coupon()
    {
        var form = FullForm();
        form.Steps[0].Coupon = new CampaignCouponModel { DiscountId = _automaticDiscount, ValidDays = 7 };

        var result = await _admin.Controller.Create(form);

        Assert.That(result, Is.InstanceOf<ViewResult>());
        Assert.That(ErrorsAt("Steps[0].Coupon.DiscountId"), Has.Length.EqualTo(1));
        Assert.That(_admin.StoredFlows, Is.Empty);
    }

    [Test]
    public async Task Broadcast_without_a_segment_or_time_is_refused_at_those_fields()
    {
        var form = FullForm();
        form.Trigger = new EmailTriggerModel { Kind = (int)EmailTriggerKind.SegmentBroadcast };
        form.IncludeSegmentIds.Clear();

        await _admin.Controller.Create(form);

        Assert.That(ErrorsAt("IncludeSegmentIds"), Has.One.Contains("at least one segment"));
        Assert.That(ErrorsAt("Trigger.SendOn"), Has.One.Contains("needs the time"));
        Assert.That(_admin.StoredFlows, Is.Empty);
    }

    [Test]
    public async Task Same_segment_targeted_and_excluded_is_refused_at_the_exclusion()
    {
        var form = FullForm();
        form.ExcludeSegmentIds = [_sunbeds];

        await _admin.Controller.Create(form);

        Assert.That(ErrorsAt("ExcludeSegmentIds"), Has.One.Contains($"segment {_sunbeds} is both targeted and excluded"));
    }

    [Test]
    public async Task Json_saved_instead_of_the_form_is_stored_and_its_problems_keep_their_path()
    {
        var id = await CreateAsync(FullForm());
        var form = await EditorOfAsync(id);
        form.EditAsJson = true;
        //the stored JSON, as the advanced card shows it, edited by hand
        var stored = form.FlowJson;
        form.FlowJson = Regex.Replace(stored, "\"daysWithoutOrder\":\\s*120", "\"daysWithoutOrder\": 3");
        Assert.That(form.FlowJson, Is.Not.EqualTo(stored), "the editor shows the stored trigger in its JSON");
        var before = _admin.StoredFlows.Single().FlowJson;

        await _admin.Controller.Edit(form);

        Assert.That(ErrorsAt("FlowJson"), Has.One.StartsWith("Trigger.DaysWithoutOrder: ").And.Contains("7 to 1,095"));
        Assert.That(_admin.StoredFlows.Single().FlowJson, Is.EqualTo(before));

        form.FlowJson = form.FlowJson.Replace("\"daysWithoutOrder\": 3", "\"daysWithoutOrder\": 200", StringComparison.Ordinal);
        Assert.That(form.FlowJson, Does.Contain("\"daysWithoutOrder\": 200"));
        _admin.Controller.ModelState.Clear();
        Assert.That(await _admin.Controller.Edit(form), Is.InstanceOf<RedirectToActionResult>());
        Assert.That((await EditorOfAsync(id)).Trigger.DaysWithoutOrder, Is.EqualTo(200));
    }

    [Test]
    public async Task Unreadable_json_is_refused_with_the_reader_message()
    {
        var form = FullForm();
        form.EditAsJson = true;
        form.FlowJson = "{ \"trigger\": ";

        var result = await _admin.Controller.Create(form);

        Assert.That(result, Is.InstanceOf<ViewResult>());
        Assert.That(ErrorsAt("FlowJson"), Has.Length.EqualTo(1));
        Assert.That(_admin.StoredFlows, Is.Empty);
    }

    [Test]
    public async Task Add_and_remove_buttons_change_the_form_and_store_nothing()
    {
        var form = FullForm();

        await _admin.Controller.Create(form, "add-step");
        Assert.That(form.Steps, Has.Count.EqualTo(4));
        Assert.That((form.Steps[3].Delay, form.Steps[3].DelayUnitMinutes, form.Steps[3].TemplateSystemName), Is.EqualTo((1, EmailDelayUnits.Day, "Customer.WelcomeMessage")));

        //removing the first email takes its template out of every variant, so the others keep theirs
        await _admin.Controller.Create(form, "remove-step:0");
        Assert.That(form.Steps.Select(step => step.TemplateSystemName), Is.EqualTo(new[] { "Personalization.CartAbandonment.2", "Customer.WelcomeMessage", "Customer.WelcomeMessage" }));
        Assert.That(form.Variants[1].TemplateSystemNames, Is.EqualTo(new[] { "", "Personalization.WinBack.1" }));

        //one variant alone is no test: removing one of two removes both
        await _admin.Controller.Create(form, "remove-variant:0");
        Assert.That(form.Variants, Is.Empty);
        await _admin.Controller.Create(form, "add-variant");
        Assert.That(form.Variants.Select(variant => variant.Name), Is.EqualTo(new[] { "A", "B" }));

        Assert.That(_admin.StoredFlows, Is.Empty);
    }

    [Test]
    public async Task Template_choices_list_the_plugin_templates_first_and_keep_a_missing_one()
    {
        var id = await CreateAsync(FullForm());
        _admin.Templates.RemoveAll(template => template.Name == "Personalization.WinBack.1");

        var editor = await EditorOfAsync(id);

        Assert.That(editor.AvailableTemplates.Select(item => item.Value), Is.EqualTo(new[]
        {
            "Personalization.CartAbandonment.1", "Personalization.CartAbandonment.2", "Customer.WelcomeMessage", "Personalization.WinBack.1"
        }));
        Assert.That(editor.AvailableTemplates[^1].Text, Is.EqualTo("Personalization.WinBack.1 (no such message template)"));
        //only discounts that take a code can be handed out
        Assert.That(editor.AvailableDiscounts.Select(item => item.Value), Is.EqualTo(new[] { "0", _couponDiscount.ToString(CultureInfo.InvariantCulture) }));
    }

    [Test]
    public async Task New_flow_starts_as_a_two_email_cart_reminder_that_saves_as_it_is()
    {
        var view = (ViewResult)await _admin.Controller.Create();
        var form = (EmailFlowModel)view.Model;

        Assert.That(form.Trigger.Kind, Is.EqualTo((int)EmailTriggerKind.CartAbandonment));
        Assert.That(form.Steps.Select(step => (step.Delay, step.DelayUnitMinutes)), Is.EqualTo(new[] { (0, EmailDelayUnits.Hour), (1, EmailDelayUnits.Day) }));
        form.StoreId = 1;
        await CreateAsync(form);
        Assert.That(_admin.StoredFlows.Single().Name, Is.EqualTo("Cart reminder"));
    }
}
