using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Moq;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Localization;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Content;

/// <summary>
/// The segment rule editor in a real browser (Debian's Chromium, driven by Playwright, with Debian's jQuery as the
/// admin ships it): a page like the edit form with the editor model the plugin's factory prepares from the engine's
/// condition types, and a preview endpoint answering as the server does.
/// </summary>
[TestFixture]
[NonParallelizable]
public class SegmentEditorBrowserTests
{
    const string JQuery = "/usr/share/javascript/jquery/jquery.min.js";

    WebApplication _app;
    int _port;
    string _editorJson;
    string _previewAnswer = "{}";
    readonly List<IFormCollection> _previews = [];
    IPlaywright _playwright;
    IBrowser _browser;

    static readonly SegmentRule Empty = new() { Root = RuleGroup.All() };

    string Page(string ruleJson) => $$"""
        <!DOCTYPE html>
        <html><head><title>Edit segment</title></head>
        <body>
          <form id="pz-segment-form" onsubmit="return false">
            <input name="__RequestVerificationToken" type="hidden" value="token-123" />
            <input type="hidden" id="pz-rule-json" name="RuleJson" value="{{WebUtility.HtmlEncode(ruleJson)}}" />
            <div id="pz-segment-editor" data-input="pz-rule-json" data-editor="{{WebUtility.HtmlEncode(_editorJson)}}" data-issues="[]" data-segment-id="7"
                 data-preview-url="/preview" data-pick-url="/pick" data-options-url="/options" data-customer-url="/Admin/Customer/Edit/">
              <div id="pz-rule-issues"></div>
              <div id="pz-rule-tree"></div>
            </div>
            <p id="pz-rule-description"></p>
            <button type="button" id="pz-preview">Preview</button>
            <div id="pz-preview-result"></div>
          </form>
          <script src="/jquery.js"></script>
          <script src="/Plugins/Misc.Personalization/Content/segment-editor.js"></script>
        </body></html>
        """;

    [OneTimeSetUp]
    public async Task StartPageAndBrowser()
    {
        HeadlessChromium.RequireFiles("chromium libjs-jquery", HeadlessChromium.Executable, JQuery);

        //the editor model as the edit page gets it; only the texts come from the store's resources
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key.Split('.').Last());
        var factory = new SegmentModelFactory(null, null, localization.Object, null, null, null, null, null, null, null, new PersonalizationSettings(), TimeProvider.System);
        _editorJson = JsonSerializer.Serialize(await factory.PrepareSegmentEditorModelAsync(), SegmentModelFactory.EditorJsonOptions);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        var script = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Content", "segment-editor.js"));
        var jquery = await File.ReadAllTextAsync(JQuery);
        _app.MapGet("/", (HttpContext context) => Results.Content(Page(context.Request.Query["rule"].FirstOrDefault() ?? SegmentRuleJson.Write(Empty)), "text/html"));
        _app.MapGet("/jquery.js", () => Results.Content(jquery, "text/javascript"));
        _app.MapGet("/Plugins/Misc.Personalization/Content/segment-editor.js", () => Results.Content(script, "text/javascript"));
        _app.MapPost("/preview", async (HttpContext context) =>
        {
            _previews.Add(await context.Request.ReadFormAsync());
            return Results.Content(_previewAnswer, "application/json");
        });
        _app.MapGet("/pick", () => Results.Content("[]", "application/json"));
        _app.MapPost("/options", () => Results.Content("[]", "application/json"));
        _port = await HeadlessChromium.StartAsync(_app);

        _playwright = await Playwright.CreateAsync();
        _browser = await HeadlessChromium.LaunchAsync(_playwright);
    }

    [OneTimeTearDown]
    public async Task StopPageAndBrowser()
    {
        await HeadlessChromium.CloseAsync(_browser, _playwright, _app);
    }

    [SetUp]
    public void Forget()
    {
        _previews.Clear();
        _previewAnswer = """{"isValid":true,"issues":[],"description":"Customers who ...","count":0,"sample":[],"costWarnings":[]}""";
    }

    async Task<IPage> OpenAsync(SegmentRule rule = null)
    {
        var page = await (await _browser!.NewContextAsync()).NewPageAsync();
        await page.GotoAsync($"http://127.0.0.1:{_port}/?rule={Uri.EscapeDataString(SegmentRuleJson.Write(rule ?? Empty))}");
        await page.WaitForFunctionAsync("() => !!window.nopSegmentEditor");
        return page;
    }

    static Task AddConditionAsync(IPage page, string groupPath, string type) =>
        page.SelectOptionAsync($"[data-path='{groupPath}'] > .pz-node-foot .pz-add-condition", type);

    static async Task<string> RuleAsync(IPage page) =>
        SegmentRuleJson.Write(SegmentRuleJson.Read(await page.InputValueAsync("#pz-rule-json")));

    [Test]
    public async Task Clicks_build_a_rule_with_a_nested_NOT_group_and_the_hidden_field_holds_it()
    {
        var page = await OpenAsync();

        await AddConditionAsync(page, "1", ConditionTypes.Identified);
        await page.ClickAsync("[data-path='1'] > .pz-node-foot .pz-add-group");
        await page.SelectOptionAsync("[data-path='1.2'] > .pz-node-head .pz-group-operator", "not");
        await AddConditionAsync(page, "1.2", ConditionTypes.Visit);
        await page.SelectOptionAsync("[data-path='1.2.1'] [data-param='kind'] select", ConditionTypes.VisitFirst);
        await AddConditionAsync(page, "1", ConditionTypes.Newsletter);
        //the newsletter condition moves above the group
        await page.ClickAsync("[data-path='1.3'] > .pz-node-head [data-action='up']");

        var expected = SegmentRule.AllOf(
            RuleCondition.Of(ConditionTypes.Identified),
            RuleCondition.Of(ConditionTypes.Newsletter),
            RuleGroup.None(RuleCondition.Of(ConditionTypes.Visit, (ConditionTypes.Kind, ConditionTypes.VisitFirst))));
        Assert.That(await RuleAsync(page), Is.EqualTo(SegmentRuleJson.Write(expected)));
        Assert.That(await page.Locator("[data-path='1.3'] .pz-group-operator").InputValueAsync(), Is.EqualTo("not"));
    }

    [Test]
    public async Task Removing_a_condition_takes_it_out_of_the_rule()
    {
        var page = await OpenAsync(SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Identified), RuleCondition.Of(ConditionTypes.Newsletter)));

        await page.ClickAsync("[data-path='1.1'] > .pz-node-head [data-action='remove']");

        Assert.That(await RuleAsync(page), Is.EqualTo(SegmentRuleJson.Write(SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Newsletter)))));
    }

    [Test]
    public async Task An_issue_the_server_places_at_a_path_and_parameter_marks_that_input_with_the_message()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Identified),
            RuleGroup.None(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Operator, Comparison.AtLeast), (ConditionTypes.Count, "2"))));
        var issue = new SegmentIssueModel
        {
            Path = "1.2.1", Parameter = ConditionTypes.Count, IsError = true, Message = "must be a whole number; got 'two'.",
            Text = "Condition 1.2.1 (behaviour), parameter 'count': must be a whole number; got 'two'."
        };
        _previewAnswer = JsonSerializer.Serialize(new SegmentPreviewModel { Issues = [issue] }, SegmentModelFactory.EditorJsonOptions);
        var page = await OpenAsync(rule);

        await page.ClickAsync("#pz-preview");
        var marked = page.Locator("[data-path='1.2.1'] [data-param='count'] input.is-invalid");
        await marked.WaitForAsync();

        Assert.That(await page.Locator("[data-path='1.2.1'] [data-param='count'] .pz-param-issue").InnerTextAsync(), Is.EqualTo(issue.Message));
        Assert.That(await page.Locator("[data-path='1.2.1']").GetAttributeAsync("class"), Does.Contain("pz-has-issue"));
        Assert.That(await page.Locator("[data-path='1.1'] .is-invalid").CountAsync(), Is.Zero, "only the condition at the path is marked");
        Assert.That(await page.InnerTextAsync("#pz-preview-result"), Is.EqualTo("FixErrors"));
        var posted = _previews.Last();
        Assert.That((posted["segmentId"].ToString(), posted["includeMembers"].ToString(), posted["__RequestVerificationToken"].ToString()), Is.EqualTo(("7", "true", "token-123")));
        Assert.That(SegmentRuleJson.Write(SegmentRuleJson.Read(posted["ruleJson"]!)), Is.EqualTo(SegmentRuleJson.Write(rule)));
    }
}
