using Moq;
using Nop.Core.Domain.Cms;
using Nop.Plugin.Misc.Personalization.Components;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Personalization.Engine.Campaigns;
using Nop.Services.Configuration;
using Nop.Core.Domain.ScheduleTasks;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Services.ScheduleTasks;
using Nop.Services.Security;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.Personalization.Tests;

[TestFixture]
public class PersonalizationPluginTests
{
    Mock<ILocalizationService> _localization;
    Mock<ILanguageService> _languages;
    Mock<IMessageTemplateService> _templates;
    List<MessageTemplate> _storedTemplates;
    Mock<IPermissionService> _permissions;
    Mock<ISettingService> _settings;
    Mock<INopUrlHelper> _urls;
    Mock<IScheduleTaskService> _tasks;
    WidgetSettings _widgetSettings;
    PersonalizationPlugin _plugin;
    Mock<ICampaignSetService> _campaignSets;
    Mock<IRecommendationSlotService> _slots;

    [SetUp]
    public void CreatePlugin()
    {
        _localization = new Mock<ILocalizationService>();
        _storedTemplates = [];
        _templates = new Mock<IMessageTemplateService>();
        _templates.Setup(t => t.GetMessageTemplatesByNameAsync(It.IsAny<string>(), null))
            .ReturnsAsync((string name, int? _) => _storedTemplates.Where(template => template.Name == name).ToList());
        _templates.Setup(t => t.InsertMessageTemplateAsync(It.IsAny<MessageTemplate>())).Callback<MessageTemplate>(_storedTemplates.Add).Returns(Task.CompletedTask);
        _templates.Setup(t => t.DeleteMessageTemplateAsync(It.IsAny<MessageTemplate>())).Callback<MessageTemplate>(template => _storedTemplates.Remove(template)).Returns(Task.CompletedTask);
        _campaignSets = new Mock<ICampaignSetService>();
        _campaignSets.Setup(s => s.GetCampaignSetAsync()).ReturnsAsync(CampaignSet.Empty);
        _permissions = new Mock<IPermissionService>();
        _settings = new Mock<ISettingService>();
        _urls = new Mock<INopUrlHelper>();
        _tasks = new Mock<IScheduleTaskService>();
        _widgetSettings = new WidgetSettings { ActiveWidgetSystemNames = ["Widgets.GoogleAnalytics"] };
        _slots = new Mock<IRecommendationSlotService>();
        _slots.Setup(s => s.GetAllSlotsAsync()).ReturnsAsync(new List<Nop.Plugin.Misc.Personalization.Domain.RecommendationSlot>());
        _slots.Setup(s => s.GetActiveWidgetZonesAsync()).ReturnsAsync(new List<string> { "productdetails_bottom", "home_page_bottom" });
        _languages = new Mock<ILanguageService>();
        _languages.Setup(l => l.GetAllLanguagesAsync(true, 0)).ReturnsAsync(new List<Nop.Core.Domain.Localization.Language> { new() { Id = 1, Name = "English" }, new() { Id = 2, Name = "Deutsch" } });
        _plugin = new PersonalizationPlugin(_campaignSets.Object, _languages.Object, _localization.Object, _templates.Object, _urls.Object, _permissions.Object, _slots.Object, _tasks.Object, _settings.Object, _widgetSettings);
    }

    [Test]
    public async Task The_widget_zones_are_those_of_active_slots_inline_campaigns_and_the_nudge_and_each_renders_the_campaign_zone()
    {
        var inline = new Campaign
        {
            Id = 4,
            Name = "Tip",
            HoldoutPercent = 10,
            Goal = new CampaignGoal { Kind = GoalKind.OrderPlaced },
            Presentation = new CampaignPresentation { Kind = PresentationKind.Inline, WidgetZone = "productdetails_before_collateral" },
            Variants = [new CampaignVariant { Id = 1, Name = "A", Copies = [new CampaignCopy { Title = "Tip" }] }]
        };
        _campaignSets.Setup(s => s.GetCampaignSetAsync()).ReturnsAsync(CampaignSet.Compile([inline]));

        var zones = await _plugin.GetWidgetZonesAsync();

        Assert.That(zones, Does.Contain("productdetails_before_collateral").And.Contain("body_end_html_tag_before").And.Contain("productdetails_bottom")
            .And.Contain("order_summary_content_before"));
        Assert.That(zones, Does.Not.Contain("categorydetails_bottom"), "no active slot there");
        Assert.That(zones, Is.Unique);
        Assert.That(_plugin.GetWidgetViewComponent("productdetails_before_collateral"), Is.EqualTo(typeof(CampaignZoneViewComponent)));
        Assert.That(_plugin.GetWidgetViewComponent("productdetails_bottom"), Is.EqualTo(typeof(CampaignZoneViewComponent)), "the recommendation slot follows the zone's inline message");
    }

    [Test]
    public async Task Install_turns_tracking_on_with_a_year_of_retention_for_all_stores()
    {
        PersonalizationSettings saved = null;
        _settings.Setup(s => s.SaveSettingAsync(It.IsAny<PersonalizationSettings>(), 0))
            .Callback<PersonalizationSettings, int>((settings, _) => saved = settings)
            .Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        Assert.That(saved, Is.Not.Null, "settings saved for all stores (store 0)");
        Assert.That(saved.TrackingEnabled, Is.True);
        Assert.That(saved.DataRetentionDays, Is.EqualTo(365));
    }

    [Test]
    public async Task Install_activates_the_widget_once_and_keeps_other_widgets()
    {
        await _plugin.InstallAsync();
        await _plugin.InstallAsync();

        Assert.That(_widgetSettings.ActiveWidgetSystemNames, Is.EqualTo(new[] { "Widgets.GoogleAnalytics", "Misc.Personalization" }));
        _settings.Verify(s => s.SaveSettingAsync(_widgetSettings, 0), Times.Once);
    }

    [Test]
    public async Task Install_adds_every_English_text_of_the_plugin()
    {
        IDictionary<string, string> added = null;
        _localization.Setup(l => l.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), null))
            .Callback<IDictionary<string, string>, int?>((resources, _) => added = resources)
            .Returns(Task.CompletedTask);

        await _plugin.InstallAsync();

        Assert.That(added, Is.EquivalentTo(PersonalizationLocaleResources.English));
        Assert.That(added.Keys, Has.All.StartWith("Plugins.Misc.Personalization."), "uninstall deletes by this prefix");
    }

    [Test]
    public async Task Update_adds_only_the_texts_a_language_lacks_and_keeps_the_merchants_edits()
    {
        //English has every text but one (stored lower-case, as nopCommerce keeps its resource names), one of them edited;
        //German has only the merchant's translation of the menu
        var missing = "Plugins.Misc.Personalization.Emails.Editor.Trigger";
        var english = PersonalizationLocaleResources.English.Where(resource => resource.Key != missing)
            .ToDictionary(resource => resource.Key.ToLowerInvariant(), resource => new KeyValuePair<int, string>(1, resource.Key == "Plugins.Misc.Personalization.Menu" ? "Personalisation" : resource.Value));
        var german = new Dictionary<string, KeyValuePair<int, string>> { ["plugins.misc.personalization.menu"] = new(2, "Personalisierung") };
        _localization.Setup(l => l.GetAllResourceValuesAsync(1, null)).ReturnsAsync(english);
        _localization.Setup(l => l.GetAllResourceValuesAsync(2, null)).ReturnsAsync(german);
        var added = new Dictionary<int, IDictionary<string, string>>();
        _localization.Setup(l => l.AddOrUpdateLocaleResourceAsync(It.IsAny<IDictionary<string, string>>(), It.IsAny<int?>()))
            .Callback<IDictionary<string, string>, int?>((resources, languageId) => added[languageId!.Value] = resources)
            .Returns(Task.CompletedTask);

        await _plugin.UpdateAsync("4.90.1", "4.90.2");

        Assert.That(added[1], Is.EquivalentTo(new Dictionary<string, string> { [missing] = PersonalizationLocaleResources.English[missing] }));
        Assert.That(added[2].Keys, Has.Count.EqualTo(PersonalizationLocaleResources.English.Count - 1));
        Assert.That(added[2].Keys, Does.Not.Contain("Plugins.Misc.Personalization.Menu"), "the German translation stays");
    }

    [Test]
    public async Task Update_adds_the_schedule_tasks_and_templates_a_store_lacks_and_keeps_the_others()
    {
        var edited = new MessageTemplate { Name = "Personalization.CartAbandonment.1", Subject = "Your cart misses you", Body = "edited" };
        _storedTemplates.Add(edited);
        _tasks.Setup(t => t.GetTaskByTypeAsync(PersonalizationDefaults.DataRetentionTaskType)).ReturnsAsync(new ScheduleTask { Type = PersonalizationDefaults.DataRetentionTaskType, Seconds = 7200 });
        _localization.Setup(l => l.GetAllResourceValuesAsync(It.IsAny<int>(), null)).ReturnsAsync(new Dictionary<string, KeyValuePair<int, string>>());

        await _plugin.UpdateAsync("4.90.1", "4.90.2");

        Assert.That(_storedTemplates.Select(template => template.Name), Is.EquivalentTo(EmailTemplates.All.Select(template => template.Name)));
        Assert.That(_storedTemplates.Single(template => template.Name == edited.Name).Body, Is.EqualTo("edited"));
        _tasks.Verify(t => t.InsertTaskAsync(It.Is<ScheduleTask>(task => task.Type == PersonalizationDefaults.DataRetentionTaskType)), Times.Never);
        _tasks.Verify(t => t.InsertTaskAsync(It.Is<ScheduleTask>(task => task.Type == PersonalizationDefaults.EmailSchedulerTaskType)), Times.Once);
    }

    [Test]
    public async Task Uninstall_removes_settings_widget_permission_and_texts_but_not_other_widgets()
    {
        _widgetSettings.ActiveWidgetSystemNames.Add(PersonalizationDefaults.SystemName);

        await _plugin.UninstallAsync();

        _settings.Verify(s => s.DeleteSettingAsync<PersonalizationSettings>(), Times.Once);
        _settings.Verify(s => s.DeleteSettingAsync<PredictionSettings>(), Times.Once);
        Assert.That(_widgetSettings.ActiveWidgetSystemNames, Is.EqualTo(new[] { "Widgets.GoogleAnalytics" }));
        _settings.Verify(s => s.SaveSettingAsync(_widgetSettings, 0), Times.Once);
        _permissions.Verify(p => p.DeletePermissionAsync(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION), Times.Once);
        _localization.Verify(l => l.DeleteLocaleResourcesAsync("Plugins.Misc.Personalization", null), Times.Once);
    }

    [Test]
    public async Task Install_adds_the_email_templates_once_keeping_the_merchants_edits_and_uninstall_removes_them()
    {
        await _plugin.InstallAsync();
        _storedTemplates.Single(template => template.Name == "Personalization.CartAbandonment.1").Subject = "Edited by the merchant";
        await _plugin.InstallAsync();

        Assert.That(_storedTemplates.Select(template => template.Name), Is.EquivalentTo(EmailTemplates.All.Select(template => template.Name)));
        Assert.That(_storedTemplates.Single(template => template.Name == "Personalization.CartAbandonment.1").Subject, Is.EqualTo("Edited by the merchant"));
        Assert.That(_storedTemplates.Single(template => template.Name == "Personalization.CartAbandonment.1").Body, Does.Contain("%Personalization.CartItems%").And.Contain("%Personalization.UnsubscribeUrl%"));

        await _plugin.UninstallAsync();
        Assert.That(_storedTemplates, Is.Empty);
    }

    [Test]
    public void Configuration_page_url_comes_from_the_plugin_route()
    {
        _urls.Setup(u => u.RouteUrl(PersonalizationDefaults.ConfigurationRouteName, null, null, null, null))
            .Returns("/Admin/Personalization/Configure");

        Assert.That(_plugin.GetConfigurationPageUrl(), Is.EqualTo("/Admin/Personalization/Configure"));
    }

    [Test]
    public void The_permission_is_granted_to_administrators_by_default()
    {
        var config = new PersonalizationPermissionConfigManager().AllConfigs.Single();

        Assert.That(config.SystemName, Is.EqualTo(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION));
        Assert.That(config.DefaultCustomerRoles, Is.EqualTo(new[] { "Administrators" }));
    }

    [Test]
    public async Task Install_adds_the_daily_retention_and_training_tasks_the_hourly_segment_refresh_the_daily_predictions_the_five_minute_emails_and_the_rebuild_task_once_and_uninstall_removes_them()
    {
        var stored = new Dictionary<string, ScheduleTask>();
        _tasks.Setup(t => t.InsertTaskAsync(It.IsAny<ScheduleTask>())).Callback<ScheduleTask>(task => stored[task.Type] = task).Returns(Task.CompletedTask);
        _tasks.Setup(t => t.GetTaskByTypeAsync(It.IsAny<string>())).ReturnsAsync((string type) => stored.GetValueOrDefault(type));
        _tasks.Setup(t => t.DeleteTaskAsync(It.IsAny<ScheduleTask>())).Callback<ScheduleTask>(task => stored.Remove(task.Type)).Returns(Task.CompletedTask);

        await _plugin.InstallAsync();
        await _plugin.InstallAsync();
        var installed = stored.Values.ToList();
        await _plugin.UninstallAsync();

        _tasks.Verify(t => t.InsertTaskAsync(It.IsAny<ScheduleTask>()), Times.Exactly(6));
        var emails = installed.Single(task => task.Type == "Nop.Plugin.Misc.Personalization.Services.Emails.EmailSchedulerTask");
        Assert.That((emails.Name, emails.Seconds, emails.Enabled, emails.StopOnError), Is.EqualTo(("Personalization: send triggered emails", 300, true, false)));
        var retention = installed.Single(task => task.Type == "Nop.Plugin.Misc.Personalization.Services.Customers.DataRetentionTask");
        var rebuild = installed.Single(task => task.Type == "Nop.Plugin.Misc.Personalization.Services.Profiles.ProfileRebuildTask");
        var training = installed.Single(task => task.Type == "Nop.Plugin.Misc.Personalization.Services.Recommendations.RecommendationTrainingTask");
        Assert.That((training.Seconds, training.Enabled), Is.EqualTo((86_400, true)));
        var segments = installed.Single(task => task.Type == "Nop.Plugin.Misc.Personalization.Services.Segments.SegmentMaterializationTask");
        Assert.That((segments.Seconds, segments.Enabled, segments.StopOnError), Is.EqualTo((3_600, true, false)));
        var predictions = installed.Single(task => task.Type == "Nop.Plugin.Misc.Personalization.Services.Predictions.PredictionTrainingTask");
        Assert.That((predictions.Name, predictions.Seconds, predictions.Enabled), Is.EqualTo(("Personalization: train predictions", 86_400, true)));
        foreach (var task in installed)
            Assert.That(Type.GetType(task.Type + ", Nop.Plugin.Misc.Personalization"), Is.Not.Null, "nopCommerce finds the task by this name");
        Assert.That((retention.Seconds, retention.Enabled), Is.EqualTo((86_400, true)));
        Assert.That(rebuild.Enabled, Is.False, "a full rebuild runs when the merchant asks");
        Assert.That(stored, Is.Empty);
    }
}
