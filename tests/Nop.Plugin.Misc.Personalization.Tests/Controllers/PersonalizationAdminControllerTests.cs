using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Models;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

[TestFixture]
public class PersonalizationAdminControllerTests
{
    const int StoreScope = 2;

    Mock<ISettingService> _settingService;
    Mock<INotificationService> _notifications;
    PersonalizationSettings _storeSettings;
    PersonalizationAdminController _controller;
    EventFlusher _flusher;

    [SetUp]
    public void CreateController()
    {
        _storeSettings = new PersonalizationSettings { TrackingEnabled = true, DataRetentionDays = 365 };
        _settingService = new Mock<ISettingService>();
        _settingService.Setup(s => s.LoadSettingAsync<PersonalizationSettings>(StoreScope)).ReturnsAsync(() => _storeSettings);
        var storeContext = new Mock<IStoreContext>();
        storeContext.Setup(s => s.GetActiveStoreScopeConfigurationAsync()).ReturnsAsync(StoreScope);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) =>
            key == "Plugins.Misc.Personalization.Fields.DataRetentionDays.Range" ? "Enter a number of days between {0} and {1}." : key);
        _notifications = new Mock<INotificationService>();
        var queue = new EventQueue(2);
        foreach (var label in new[] { "a", "b", "c" })
            queue.TryEnqueue(new VisitorEvent(TrackedEventType.Click, 1, Guid.Empty, 1, Guid.Empty, 0, 0, label, DateTime.UtcNow));
        _flusher = new EventFlusher(queue, Mock.Of<IEventSink>());
        _controller = new PersonalizationAdminController(Mock.Of<Nop.Plugin.Misc.Personalization.Services.Customers.ICustomerDataService>(), _flusher, Mock.Of<Nop.Plugin.Misc.Personalization.Factories.IEventModelFactory>(), new IngestionCounters(), localization.Object, _notifications.Object, _settingService.Object, storeContext.Object);
    }

    [Test]
    public async Task The_page_shows_the_settings_of_the_chosen_store_and_which_ones_it_overrides()
    {
        _storeSettings.DataRetentionDays = 90;
        _settingService.Setup(s => s.SettingExistsAsync(_storeSettings, It.IsAny<Expression<Func<PersonalizationSettings, int>>>(), StoreScope))
            .ReturnsAsync(true);

        var view = (ViewResult)await _controller.Configure();

        var model = (ConfigurationModel)view.Model!;
        Assert.That(view.ViewName, Is.EqualTo("~/Plugins/Misc.Personalization/Views/Configure.cshtml"));
        Assert.That(model.ActiveStoreScopeConfiguration, Is.EqualTo(StoreScope));
        Assert.That(model.TrackingEnabled, Is.True);
        Assert.That(model.DataRetentionDays, Is.EqualTo(90));
        Assert.That(model.SegmentCssClassesEnabled, Is.False, "off until the merchant turns it on");
        Assert.That(model.DataRetentionDays_OverrideForStore, Is.True);
        Assert.That(model.TrackingEnabled_OverrideForStore, Is.False);
        Assert.That((model.TrackingStatus.EventsQueued, model.TrackingStatus.EventsDropped, model.TrackingStatus.EventsWaiting), Is.EqualTo((3L, 1L, 2L)),
            "a queue of two that received three events shows one drop");
    }

    [Test]
    public async Task Saving_stores_each_setting_for_the_chosen_store_and_confirms()
    {
        var model = new ConfigurationModel
        {
            TrackingEnabled = false, TrackingEnabled_OverrideForStore = true,
            DataRetentionDays = 180, DataRetentionDays_OverrideForStore = false,
            SegmentCssClassesEnabled = true, SegmentCssClassesEnabled_OverrideForStore = false,
            EmailToAllNotUnsubscribed = true, EmailToAllNotUnsubscribed_OverrideForStore = true
        };

        await _controller.Configure(model);

        Assert.That(_storeSettings.TrackingEnabled, Is.False);
        Assert.That(_storeSettings.DataRetentionDays, Is.EqualTo(180));
        Assert.That(_storeSettings.SegmentCssClassesEnabled, Is.True);
        Assert.That(_storeSettings.EmailToAllNotUnsubscribed, Is.True);
        _settingService.Verify(s => s.SaveSettingOverridablePerStoreAsync(_storeSettings,
            It.IsAny<Expression<Func<PersonalizationSettings, bool>>>(), true, StoreScope, false), Times.Exactly(2), "tracking and email consent, for this store");
        _settingService.Verify(s => s.SaveSettingOverridablePerStoreAsync(_storeSettings,
            It.IsAny<Expression<Func<PersonalizationSettings, bool>>>(), false, StoreScope, false), Times.Once, "segment classes, for all stores");
        _settingService.Verify(s => s.SaveSettingOverridablePerStoreAsync(_storeSettings,
            It.IsAny<Expression<Func<PersonalizationSettings, int>>>(), false, StoreScope, false), Times.Once);
        _settingService.Verify(s => s.ClearCacheAsync(), Times.Once);
        _notifications.Verify(n => n.SuccessNotification("Admin.Plugins.Saved", true, 0), Times.Once);
    }

    [Test]
    public async Task Email_consent_shows_the_chosen_store_and_is_saved_for_it_when_overridden()
    {
        _storeSettings.EmailToAllNotUnsubscribed = true;
        _settingService.Setup(s => s.SettingExistsAsync(_storeSettings, It.IsAny<Expression<Func<PersonalizationSettings, bool>>>(), StoreScope))
            .ReturnsAsync(true);

        var model = (ConfigurationModel)((ViewResult)await _controller.Configure()).Model!;

        Assert.That(model.EmailToAllNotUnsubscribed, Is.True);
        Assert.That(model.EmailToAllNotUnsubscribed_OverrideForStore, Is.True);

        var saved = new List<(string Setting, bool Override)>();
        _settingService.Setup(s => s.SaveSettingOverridablePerStoreAsync(_storeSettings,
                It.IsAny<Expression<Func<PersonalizationSettings, bool>>>(), It.IsAny<bool>(), StoreScope, false))
            .Callback((PersonalizationSettings _, Expression<Func<PersonalizationSettings, bool>> setting, bool overridden, int _, bool _) =>
                saved.Add((((MemberExpression)setting.Body).Member.Name, overridden)));

        await _controller.Configure(new ConfigurationModel
        {
            TrackingEnabled = true, DataRetentionDays = 365,
            EmailToAllNotUnsubscribed = false, EmailToAllNotUnsubscribed_OverrideForStore = true
        });

        Assert.That(_storeSettings.EmailToAllNotUnsubscribed, Is.False, "back to newsletter subscribers only");
        Assert.That(saved, Does.Contain((nameof(PersonalizationSettings.EmailToAllNotUnsubscribed), true)), "saved as this store's own value");
    }

    [TestCase(0)]
    [TestCase(29)]
    [TestCase(3651)]
    [TestCase(-5)]
    public async Task Retention_outside_30_to_3650_days_is_refused_with_a_message_and_nothing_is_saved(int days)
    {
        var model = new ConfigurationModel { TrackingEnabled = false, DataRetentionDays = days };

        var view = (ViewResult)await _controller.Configure(model);

        Assert.That(_controller.ModelState.IsValid, Is.False);
        Assert.That(_controller.ModelState[nameof(ConfigurationModel.DataRetentionDays)]!.Errors.Single().ErrorMessage,
            Is.EqualTo("Enter a number of days between 30 and 3650."));
        Assert.That(view.Model, Is.SameAs(model), "the form comes back with what the merchant typed");
        _settingService.Verify(s => s.SaveSettingOverridablePerStoreAsync(It.IsAny<PersonalizationSettings>(),
            It.IsAny<Expression<Func<PersonalizationSettings, int>>>(), It.IsAny<bool>(), It.IsAny<int>(), It.IsAny<bool>()), Times.Never);
        _settingService.Verify(s => s.SaveSettingOverridablePerStoreAsync(It.IsAny<PersonalizationSettings>(),
            It.IsAny<Expression<Func<PersonalizationSettings, bool>>>(), It.IsAny<bool>(), It.IsAny<int>(), It.IsAny<bool>()), Times.Never);
        Assert.That(_storeSettings.TrackingEnabled, Is.True, "stored settings untouched");
    }
}
