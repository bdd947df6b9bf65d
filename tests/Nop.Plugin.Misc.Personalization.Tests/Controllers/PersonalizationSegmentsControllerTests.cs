using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Segments;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Data;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class PersonalizationSegmentsControllerTests(DatabaseKind kind)
{
    SegmentAdmin _admin;

    PersonalizationSegmentsController Controller => _admin.Controller;

    [SetUp]
    public async Task CreateAdmin() => _admin = await SegmentAdmin.CreateAsync(kind);

    [TearDown]
    public void DropAdmin() => _admin?.Dispose();

    static string Json(SegmentRule rule) => SegmentRuleJson.Write(rule);

    static readonly SegmentRule ThreeOrders = SegmentRule.AllOf(
        RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "orders"), (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, "3")));

    static readonly SegmentRule CountInWords = SegmentRule.AllOf(
        RuleCondition.Of(ConditionTypes.Identified),
        RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "two")));

    static SegmentModel Form(string name, SegmentRule rule, int id = 0) => new()
    {
        Id = id, Name = name, Notes = "for the spring campaign", Active = true, StoreId = 1, CustomerRoleId = SegmentAdmin.VipRoleId, RuleJson = Json(rule)
    };

    async Task<Segment> SaveAsync(string name, SegmentRule rule)
    {
        var segment = new Segment { Name = name, RuleJson = Json(rule), Active = true };
        await _admin.Store.SegmentService.InsertSegmentAsync(segment);
        return segment;
    }

    static JsonElement Body(IActionResult result) => result switch
    {
        ContentResult content => JsonDocument.Parse(content.Content!).RootElement,
        JsonResult json => JsonSerializer.SerializeToElement(json.Value),
        _ => throw new AssertionException($"unexpected result {result.GetType().Name}")
    };

    static VisitorState Buyer(int customerId, int orders, decimal lifetimeValue) => new()
    {
        Profile = CustomerProfileState.Empty(customerId) with
        {
            Visits = 2, Orders = orders, LifetimeValueOverride = lifetimeValue,
            FirstSeenUtc = DateTime.UtcNow.AddDays(-30), LastSeenUtc = DateTime.UtcNow.AddDays(-customerId)
        },
        StoreId = 1
    };

    [Test]
    public async Task A_segment_created_from_rule_JSON_is_stored_with_its_rule_role_and_store()
    {
        var result = await Controller.Create(Form("Loyal buyers", ThreeOrders), continueEditing: true);

        var stored = _admin.Store.Segments.Table.Single();
        Assert.That(result, Is.TypeOf<RedirectToActionResult>());
        Assert.That(((RedirectToActionResult)result).RouteValues!["id"], Is.EqualTo(stored.Id), "save and continue opens the new segment");
        Assert.That((stored.Name, stored.Notes, stored.Active, stored.StoreId, stored.CustomerRoleId), Is.EqualTo(("Loyal buyers", "for the spring campaign", true, 1, SegmentAdmin.VipRoleId)));
        Assert.That(SegmentRuleJson.Read(stored.RuleJson).Root, Is.InstanceOf<RuleGroup>());
        Assert.That(SegmentDescriber.Describe(SegmentRuleJson.Read(stored.RuleJson)), Is.EqualTo(SegmentDescriber.Describe(ThreeOrders)));
        _admin.Notifications.Verify(n => n.SuccessNotification("text of Plugins.Misc.Personalization.Segments.Added", true, 0), Times.Once);
    }

    [Test]
    public async Task The_editor_suggests_every_score_the_predictions_write_for_a_prediction_condition()
    {
        var editor = await _admin.Factory.PrepareSegmentEditorModelAsync();

        var model = editor.ConditionTypes.Single(type => type.Name == ConditionTypes.Prediction)
            .Parameters.Single(parameter => parameter.Name == ConditionTypes.Model);

        Assert.That(model.Suggestions, Is.EqualTo(new[] { "churn", "purchase", "cartAdd", "subscribe" }));
    }

    [Test]
    public async Task An_invalid_rule_is_refused_with_the_engines_message_at_its_condition_and_nothing_is_stored()
    {
        var result = (ViewResult)await Controller.Create(Form("Viewers", CountInWords), continueEditing: false);

        var model = (SegmentModel)result.Model!;
        var message = "Condition 1.2 (behaviour), parameter 'count': must be a whole number; got 'two'.";
        Assert.That(Controller.ModelState[nameof(SegmentModel.RuleJson)]!.Errors.Select(e => e.ErrorMessage), Does.Contain(message));
        var issue = model.RuleIssues.Single(i => i.IsError);
        Assert.That((issue.Path, issue.Parameter, issue.Text), Is.EqualTo(("1.2", "count", message)), "the editor places it at the second condition's count");
        Assert.That(model.RuleJson, Is.EqualTo(Json(CountInWords)), "the form comes back with the rule as posted");
        Assert.That(model.AvailableCustomerRoles, Is.Not.Empty);
        Assert.That(_admin.Store.Segments.Table.Count(), Is.Zero);
    }

    [Test]
    public async Task A_system_role_or_a_missing_name_is_refused_and_nothing_is_stored()
    {
        var form = Form("  ", ThreeOrders) with { CustomerRoleId = SegmentAdmin.RegisteredRoleId };

        await Controller.Create(form, continueEditing: false);

        Assert.That(Controller.ModelState[nameof(SegmentModel.Name)]!.Errors.Single().ErrorMessage, Is.EqualTo("text of Plugins.Misc.Personalization.Segments.Fields.Name.Required"));
        Assert.That(Controller.ModelState[nameof(SegmentModel.CustomerRoleId)]!.Errors.Single().ErrorMessage, Does.StartWith("The customer role 'Registered' is one of nopCommerce's built-in roles"));
        Assert.That(_admin.Store.Segments.Table.Count(), Is.Zero);
    }

    [Test]
    public async Task Editing_changes_the_stored_segment_and_a_refused_edit_leaves_it_as_it_was()
    {
        var segment = await SaveAsync("Buyers", ThreeOrders);
        var fiveOrders = SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Profile, (ConditionTypes.Field, "orders"), (ConditionTypes.Operator, Comparison.GreaterOrEqual), (ConditionTypes.Value, "5")));

        await Controller.Edit(Form("Frequent buyers", fiveOrders, segment.Id) with { Active = false }, continueEditing: false);
        var refused = (ViewResult)await Controller.Edit(Form("Broken", CountInWords, segment.Id), continueEditing: false);

        var stored = await _admin.Store.SegmentService.GetSegmentByIdAsync(segment.Id);
        Assert.That((stored.Name, stored.Active, stored.RuleJson), Is.EqualTo(("Frequent buyers", false, Json(fiveOrders))));
        Assert.That(((SegmentModel)refused.Model!).Name, Is.EqualTo("Broken"), "the refused form keeps what the merchant typed");
    }

    [Test]
    public async Task A_template_opens_the_form_with_its_rule_and_saving_it_records_the_template()
    {
        var template = SegmentTemplateGallery.Find("valuable-subscriber-about-to-leave");

        var form = (SegmentModel)((ViewResult)await Controller.Create(template.Key)).Model!;
        await Controller.Create(form, continueEditing: false);

        Assert.That((form.Name, form.TemplateKey, form.RuleJson), Is.EqualTo((template.Name, template.Key, Json(template.Rule))));
        var stored = _admin.Store.Segments.Table.Single();
        Assert.That((stored.TemplateKey, stored.RuleJson), Is.EqualTo((template.Key, Json(template.Rule))));
    }

    [Test]
    public async Task The_template_list_describes_each_template_in_plain_words()
    {
        var list = (SegmentSearchModel)((ViewResult)await Controller.List()).Model!;

        Assert.That(list.AvailableTemplates.Select(t => t.Key), Is.EqualTo(SegmentTemplateGallery.All.Select(t => t.Key)));
        Assert.That(list.AvailableTemplates[0].Description, Does.StartWith("Customers who are identified and have the imported trait 'newsletter'"));
    }

    [Test]
    public async Task The_grid_pages_segments_by_name_with_store_role_size_and_trend()
    {
        foreach (var name in new[] { "Cart abandoners", "Big spenders", "Newcomers" })
            await SaveAsync(name, ThreeOrders);
        var spenders = _admin.Store.Segments.Table.Single(s => s.Name == "Big spenders");
        spenders.CustomerRoleId = SegmentAdmin.VipRoleId;
        spenders.MemberCount = 40;
        await _admin.Store.Segments.UpdateAsync(spenders);
        var start = new DateTime(2026, 11, 1, 3, 0, 0, DateTimeKind.Utc);
        await _admin.Store.Snapshots.InsertAsync(new[] { 12, 25, 40 }.Select((size, day) => new SegmentSizeSnapshot
        {
            SegmentId = spenders.Id, MemberCount = size, EnteredCount = size, RecordedOnUtc = start.AddDays(day)
        }).ToList());

        var page = (SegmentListModel)((JsonResult)await Controller.SegmentList(new SegmentSearchModel { Start = 0, Length = 2, Draw = "4" })).Value!;
        var second = (SegmentListModel)((JsonResult)await Controller.SegmentList(new SegmentSearchModel { Start = 2, Length = 2 })).Value!;
        var searched = (SegmentListModel)((JsonResult)await Controller.SegmentList(new SegmentSearchModel { SearchName = "spend", Length = 10 })).Value!;

        Assert.That((page.RecordsTotal, page.Draw), Is.EqualTo((3, "4")));
        Assert.That(page.Data.Select(s => s.Name), Is.EqualTo(new[] { "Big spenders", "Cart abandoners" }));
        Assert.That(second.Data.Select(s => s.Name), Is.EqualTo(new[] { "Newcomers" }));
        var row = searched.Data.Single();
        Assert.That((row.Name, row.MemberCount, row.CustomerRoleName, row.StoreName), Is.EqualTo(("Big spenders", 40, "Segment: VIP", "text of Admin.Common.All")));
        Assert.That(row.SizeTrend, Is.EqualTo(new[] { 12, 25, 40 }), "oldest first");
    }

    [Test]
    public async Task The_live_count_and_sample_match_the_members_query()
    {
        var buyers = Enumerable.Range(1, 14).Select(id => Buyer(id, orders: id % 4, lifetimeValue: 100m * id)).ToList();
        await _admin.Store.WriteAsync(buyers);
        _admin.Customers.AddRange(buyers.Select(b => new Customer { Id = b.Profile.CustomerId, Email = $"c{b.Profile.CustomerId}@example.com", FirstName = "Ann", LastName = $"No{b.Profile.CustomerId}" }));

        var body = Body(await Controller.Preview(Json(ThreeOrders), 0, includeMembers: true));

        var expected = await _admin.Store.MembersAsync(ThreeOrders, DateTime.UtcNow);
        Assert.That(body.GetProperty("isValid").GetBoolean(), Is.True);
        Assert.That(body.GetProperty("count").GetInt32(), Is.EqualTo(expected.Count).And.EqualTo(3), "customers 3, 7 and 11 have three orders");
        var sample = body.GetProperty("sample").EnumerateArray().ToList();
        Assert.That(sample.Select(m => m.GetProperty("customerId").GetInt32()), Is.EqualTo(expected));
        Assert.That((sample[0].GetProperty("email").GetString(), sample[0].GetProperty("fullName").GetString(), sample[0].GetProperty("lifetimeValue").GetDecimal(),
            sample[0].GetProperty("orderCount").GetInt32()), Is.EqualTo(("c3@example.com", "Ann No3", 300m, 3)));
        Assert.That(body.GetProperty("description").GetString(), Is.EqualTo("Customers who have orders that is at least 3."));
    }

    [Test]
    public async Task The_preview_of_an_invalid_rule_gives_each_issue_with_its_path_and_parameter_and_counts_nothing()
    {
        var body = Body(await Controller.Preview(Json(CountInWords), 0, includeMembers: true));

        Assert.That(body.GetProperty("isValid").GetBoolean(), Is.False);
        Assert.That(body.GetProperty("count").ValueKind, Is.EqualTo(JsonValueKind.Null));
        var issue = body.GetProperty("issues").EnumerateArray().Single();
        Assert.That((issue.GetProperty("path").GetString(), issue.GetProperty("parameter").GetString()), Is.EqualTo(("1.2", "count")));
    }

    [Test]
    public async Task The_preview_warns_about_a_label_search_over_every_event()
    {
        //a store of ten million events: past the warning threshold for a label search, which no index narrows
        var search = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "pageView"), (ConditionTypes.Operator, Comparison.AtLeast),
            (ConditionTypes.Count, "1"), (ConditionTypes.Label, "caulk")));
        _admin.Factory.Statistics = new TableStatistics(1_000_000, 10_000_000);

        var body = Body(await Controller.Preview(Json(search), 0, includeMembers: true));

        var warning = body.GetProperty("costWarnings").EnumerateArray().Single();
        Assert.That(warning.GetProperty("path").GetString(), Is.EqualTo("1.1"));
        Assert.That(warning.GetProperty("message").GetString(), Does.Contain("no index on the event label"));
    }

    [Test]
    public async Task Export_writes_every_member_with_a_header_in_UTF_8_and_defuses_hostile_names()
    {
        var segment = await SaveAsync("Buyers", ThreeOrders);
        await _admin.Store.WriteAsync([Buyer(1, 3, 250.5m), Buyer(2, 4, 90m)]);
        _admin.Customers.Add(new Customer { Id = 1, Email = "ann@example.com", FirstName = "=HYPERLINK(\"http://evil.example\",\"Invoice\")", LastName = "" });
        _admin.Customers.Add(new Customer { Id = 2, Email = "bob@example.com", FirstName = "Smith, \"Bob\"", LastName = "Jr\nII" });
        var entered = new DateTime(2026, 11, 2, 8, 30, 0, DateTimeKind.Utc);
        await _admin.Store.Members.InsertAsync(new List<SegmentMember>
        {
            new() { SegmentId = segment.Id, CustomerId = 1, EnteredOnUtc = entered },
            new() { SegmentId = segment.Id, CustomerId = 2, EnteredOnUtc = entered },
            new() { SegmentId = segment.Id, CustomerId = 3, EnteredOnUtc = entered }
        });
        var body = new MemoryStream();
        Controller.HttpContext.Response.Body = body;

        var result = await Controller.ExportMembers(segment.Id);

        Assert.That(result, Is.TypeOf<EmptyResult>());
        Assert.That(Controller.Response.ContentType, Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(Controller.Response.Headers.ContentDisposition.ToString(), Does.Contain($"segment-{segment.Id}-members.csv"));
        var bytes = body.ToArray();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a byte order mark, so spreadsheets read UTF-8");
        var reader = new StringReader(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var records = new List<List<string>>();
        var fields = new List<string>();
        while (CsvLineSplitter.TryReadRecord(reader, fields, new StringBuilder(), out _, out var unterminated))
        {
            Assert.That(unterminated, Is.False);
            records.Add([.. fields]);
        }

        Assert.That(records[0], Is.EqualTo(SegmentExportService.Header));
        Assert.That(records.Skip(1).Select(r => r[0]), Is.EqualTo(new[] { "1", "2", "3" }), "every member, the deleted customer 3 by id");
        Assert.That(records[1], Is.EqualTo(new[] { "1", "ann@example.com", "'=HYPERLINK(\"http://evil.example\",\"Invoice\")", "2026-11-02T08:30:00Z", "250.5", "3",
            records[1][6] }));
        Assert.That(records[2][2], Is.EqualTo("Smith, \"Bob\" Jr\nII"), "commas, quotes and line breaks survive");
        Assert.That(records[3].Skip(1).Take(2), Is.EqualTo(new[] { "", "" }));
    }

    [Test]
    public async Task Deleting_a_segment_another_rule_uses_is_refused_with_an_error_notification_and_nothing_is_lost()
    {
        var buyers = await SaveAsync("Buyers", ThreeOrders);
        await SaveAsync("Buyers who are identified", SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Identified),
            RuleCondition.Of(ConditionTypes.Segment, (ConditionTypes.SegmentId, buyers.Id.ToString(CultureInfo.InvariantCulture)))));

        var refused = (RedirectToActionResult)await Controller.Delete(buyers.Id);
        var others = _admin.Store.Segments.Table.Single(s => s.Name != "Buyers");
        var deleted = (RedirectToActionResult)await Controller.Delete(others.Id);

        Assert.That((refused.ActionName, refused.RouteValues!["id"]), Is.EqualTo(("Edit", (object)buyers.Id)));
        _admin.Notifications.Verify(n => n.ErrorNotification(It.Is<string>(m => m.Contains("'Buyers who are identified'")), true, 0), Times.Once);
        Assert.That(deleted.ActionName, Is.EqualTo("List"));
        Assert.That(_admin.Store.Segments.Table.Select(s => s.Name), Is.EqualTo(new[] { "Buyers" }));
    }

    [Test]
    public async Task Refresh_now_materializes_the_segment_and_says_how_many_entered()
    {
        var segment = await SaveAsync("Buyers", ThreeOrders);
        await _admin.Store.WriteAsync([Buyer(3, 3, 10m), Buyer(4, 1, 10m), Buyer(7, 3, 10m)]);

        var result = (RedirectToActionResult)await Controller.Refresh(segment.Id);

        Assert.That((result.ActionName, result.RouteValues!["id"]), Is.EqualTo(("Edit", (object)segment.Id)));
        Assert.That(_admin.Store.Members.Table.Where(m => m.SegmentId == segment.Id).Select(m => m.CustomerId).OrderBy(id => id), Is.EqualTo(new[] { 3, 7 }));
        _admin.Notifications.Verify(n => n.SuccessNotification("text of Plugins.Misc.Personalization.Segments.Refresh.Done", true, 0), Times.Once,
            "the text's {0} {1} {2} are filled from the run");
        var edit = (SegmentModel)((ViewResult)await Controller.Edit(segment.Id)).Model!;
        Assert.That((edit.MemberCount, edit.SizeHistory.Single().EnteredCount), Is.EqualTo((2, 2)));
    }

    [Test]
    public async Task The_members_grid_pages_the_materialized_members_with_their_profile()
    {
        var segment = await SaveAsync("Buyers", ThreeOrders);
        await _admin.Store.WriteAsync([Buyer(5, 3, 40m), Buyer(6, 3, 60m)]);
        await _admin.Store.Members.InsertAsync(new List<SegmentMember>
        {
            new() { SegmentId = segment.Id, CustomerId = 5, EnteredOnUtc = DateTime.UtcNow },
            new() { SegmentId = segment.Id, CustomerId = 6, EnteredOnUtc = DateTime.UtcNow }
        });

        var page = (SegmentMemberListModel)((JsonResult)await Controller.MemberList(new SegmentMemberSearchModel { SegmentId = segment.Id, Start = 1, Length = 1 })).Value!;

        Assert.That(page.RecordsTotal, Is.EqualTo(2));
        Assert.That(page.Data.Select(m => (m.CustomerId, m.LifetimeValue, m.OrderCount)), Is.EqualTo(new[] { (6, 60m, 3) }));
    }

    [Test]
    public async Task Pickers_find_products_by_name_and_the_imported_trait_names()
    {
        await _admin.Products.InsertAsync(new List<Product>
        {
            new() { Name = "Silicone Caulk", Published = true }, new() { Name = "Caulk Gun", Published = true }, new() { Name = "Old caulk", Deleted = true }, new() { Name = "Brush" }
        });
        await _admin.Store.Service.SaveAttributesAsync(1, [new ProfileAttribute(ProfileAttributeKind.Trait, "newsletter_list", 0, null, "honnold", null),
            new ProfileAttribute(ProfileAttributeKind.Trait, "box-subscriber", 0, 1m, null, null)]);
        await _admin.Store.Service.SaveAttributesAsync(2, [new ProfileAttribute(ProfileAttributeKind.Trait, "newsletter_list", 0, null, "other", null)]);

        var products = Body(await Controller.Pick(SegmentPickers.Product, "CAULK")).EnumerateArray().Select(o => o.GetProperty("name").GetString());
        var traits = Body(await Controller.Pick(SegmentPickers.Trait, "news")).EnumerateArray().Select(o => o.GetProperty("value").GetString());
        var unknown = await Controller.Pick("customers", "a");

        Assert.That(products, Is.EqualTo(new[] { "Caulk Gun", "Silicone Caulk" }), "case-insensitive, deleted products left out");
        Assert.That(traits, Is.EqualTo(new[] { "newsletter_list" }), "each name once");
        Assert.That(unknown, Is.TypeOf<BadRequestObjectResult>());
    }

    [Test]
    public void Every_action_requires_the_personalization_permission_in_the_admin_area()
    {
        var type = typeof(PersonalizationSegmentsController);
        var actions = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => typeof(Task<IActionResult>).IsAssignableFrom(method.ReturnType) || typeof(IActionResult).IsAssignableFrom(method.ReturnType))
            .ToList();

        Assert.That(actions, Has.Count.GreaterThanOrEqualTo(12));
        Assert.That(type.GetCustomAttribute<AuthorizeAdminAttribute>(), Is.Not.Null, "only admin-panel users reach the pages");
        var unguarded = actions.Where(action => !action.GetCustomAttributes<CheckPermissionAttribute>()
            .Any(attribute => attribute.PermissionSystemName.Contains(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION))).Select(action => action.Name);
        Assert.That(unguarded, Is.Empty, "nopCommerce refuses these actions to a user without the permission only when they carry it");
    }
}
