using Moq;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Services.Cms;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Security;
using Nop.Core.Domain.Cms;
using Nop.Web.Framework.Events;
using Nop.Web.Framework.Menu;
using Nop.Web.Framework.Mvc.Routing;

namespace Nop.Plugin.Misc.Personalization.Tests.Services;

[TestFixture]
public class EventConsumerTests
{
    Mock<IWidgetPluginManager> _widgets;
    Mock<ILocalizationService> _localization;
    AdminMenuItem _root;
    AdminMenuCreatedEvent _event;

    [SetUp]
    public void CreateMenu()
    {
        _widgets = new Mock<IWidgetPluginManager>();
        _localization = new Mock<ILocalizationService>();
        _localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "text of " + key);
        _root = new AdminMenuItem
        {
            SystemName = "Home",
            ChildNodes = new[] { "Dashboard", "Catalog", "Sales", "Customers", "Promotions", "Content Management", "Configuration" }
                .Select(name => new AdminMenuItem { SystemName = name }).ToList()
        };
        var menuEvent = new Mock<AdminMenuCreatedEvent>(Mock.Of<IAdminMenu>(), _root) { CallBase = true };
        menuEvent.Setup(e => e.GetMenuItemUrl(It.IsAny<string>(), It.IsAny<string>()))
            .Returns((string controller, string action) => $"/Admin/{controller}/{action}");
        _event = menuEvent.Object;
    }

    void PluginIsInstalled() =>
        _widgets.Setup(w => w.LoadPluginBySystemNameAsync(PersonalizationDefaults.SystemName, null, 0))
            .ReturnsAsync(new PersonalizationPlugin(Mock.Of<Nop.Plugin.Misc.Personalization.Services.Campaigns.ICampaignSetService>(), Mock.Of<ILanguageService>(), _localization.Object, Mock.Of<Nop.Services.Messages.IMessageTemplateService>(), Mock.Of<INopUrlHelper>(), Mock.Of<IPermissionService>(), recommendationSlotService: null, Mock.Of<Nop.Services.ScheduleTasks.IScheduleTaskService>(),
                Mock.Of<ISettingService>(), new WidgetSettings()));

    [Test]
    public async Task Installed_plugin_adds_Personalization_after_Promotions_with_its_settings_events_contacts_segments_predictions_and_recommendation_slots_pages()
    {
        PluginIsInstalled();

        await new EventConsumer(_localization.Object, _widgets.Object).HandleEventAsync(_event);

        var names = _root.ChildNodes.Select(item => item.SystemName).ToList();
        Assert.That(names.IndexOf("Personalization"), Is.EqualTo(names.IndexOf("Promotions") + 1));
        var menu = _root.ChildNodes.Single(item => item.SystemName == "Personalization");
        Assert.That(menu.Title, Is.EqualTo("text of Plugins.Misc.Personalization.Menu"));
        Assert.That(menu.PermissionNames, Is.EqualTo(new[] { PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION }));
        Assert.That(menu.ChildNodes.Select(item => item.Url), Is.EqualTo(new[] { "/Admin/PersonalizationAdmin/Configure", "/Admin/PersonalizationAdmin/Events", "/Admin/PersonalizationContacts/Contacts",
            "/Admin/PersonalizationSegments/List", "/Admin/PersonalizationCampaigns/List", "/Admin/PersonalizationEmails/List",
            "/Admin/PersonalizationRecommendationSlots/List", "/Admin/PersonalizationMerchandising/List", "/Admin/PersonalizationPredictions/Predictions",
            "/Admin/PersonalizationReferrals/Referrals" }));
        Assert.That(menu.ChildNodes.Select(item => item.PermissionNames.Single()), Is.All.EqualTo(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION));
    }

    [Test]
    public async Task Plugin_waiting_for_install_or_uninstall_adds_no_menu()
    {
        await new EventConsumer(_localization.Object, _widgets.Object).HandleEventAsync(_event);

        Assert.That(_root.ChildNodes.Select(item => item.SystemName), Does.Not.Contain("Personalization"));
        Assert.That(_root.ChildNodes, Has.Count.EqualTo(7));
    }

    [Test]
    public async Task Menu_without_Promotions_gets_Personalization_at_the_end()
    {
        PluginIsInstalled();
        _root.ChildNodes = _root.ChildNodes.Where(item => item.SystemName != "Promotions").ToList();

        await new EventConsumer(_localization.Object, _widgets.Object).HandleEventAsync(_event);

        Assert.That(_root.ChildNodes.Last().SystemName, Is.EqualTo("Personalization"));
    }
}
