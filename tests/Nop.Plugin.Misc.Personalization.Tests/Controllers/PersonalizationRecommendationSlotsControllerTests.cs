using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.RecommendationSlots;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Recommendations;
using Nop.Services.Configuration;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Web.Framework.Mvc.Filters;
using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

/// <summary>
/// The slot admin's form posts over a real database: what is stored, what is refused.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class PersonalizationRecommendationSlotsControllerTests(DatabaseKind kind)
{
    const int German = 2;

    SlotStore _store;
    List<(int SlotId, string Title, int LanguageId)> _localized;
    RecommendationSettings _settings;
    PersonalizationRecommendationSlotsController _controller;

    [SetUp]
    public async Task CreateAdmin()
    {
        _store = await SlotStore.CreateAsync(kind);
        var slotService = _store.SlotService();

        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key + " {0}-{1}");
        //nopCommerce's localized properties, as the form saves them
        _localized = [];
        var localizedEntities = new Mock<ILocalizedEntityService>();
        localizedEntities.Setup(l => l.SaveLocalizedValueAsync(It.IsAny<RecommendationSlot>(), It.IsAny<Expression<Func<RecommendationSlot, string>>>(), It.IsAny<string>(), It.IsAny<int>()))
            .Callback((RecommendationSlot slot, Expression<Func<RecommendationSlot, string>> _, string value, int languageId) => _localized.Add((slot.Id, value, languageId)))
            .Returns(Task.CompletedTask);
        _settings = new RecommendationSettings();
        var settings = new Mock<ISettingService>();
        settings.Setup(s => s.LoadSettingAsync<RecommendationSettings>(0)).ReturnsAsync(() => _settings);
        settings.Setup(s => s.SaveSettingAsync(It.IsAny<RecommendationSettings>(), 0)).Callback((RecommendationSettings saved, int _) => _settings = saved).Returns(Task.CompletedTask);
        //the form is prepared again only when it is refused; that page is not looked at here
        var factory = new Mock<IRecommendationSlotModelFactory>();
        factory.Setup(f => f.PrepareSlotModelAsync(It.IsAny<SlotModel>(), It.IsAny<RecommendationSlot>(), true)).ReturnsAsync((SlotModel model, RecommendationSlot _, bool _) => model);
        _controller = new PersonalizationRecommendationSlotsController(localization.Object, localizedEntities.Object, Mock.Of<INotificationService>(), factory.Object, slotService, settings.Object)
        {
            ControllerContext = new ControllerContext { HttpContext = new DefaultHttpContext() }
        };
    }

    [TearDown]
    public void DropAdmin() => _store?.Dispose();

    static SlotModel Form(int count = 6, string zone = "order_summary_content_after", string strategy = RecommendationStrategies.AlsoBought) => new()
    {
        Name = "Cart: goes with", WidgetZone = zone, Strategy = strategy, ProductCount = count, Title = "Goes with your cart", Active = true,
        LayoutId = (int)RecommendationSlotLayout.Carousel, ExcludeCartProducts = true,
        Locales = [new SlotLocalizedModel { LanguageId = German, Title = "Passt zu Ihrem Warenkorb" }]
    };

    [Test]
    public async Task A_new_slot_is_stored_with_its_options_and_its_title_per_language()
    {
        var result = await _controller.Create(Form(), continueEditing: false);

        Assert.That(result, Is.InstanceOf<RedirectToActionResult>());
        var stored = _store.InZone("order_summary_content_after");
        Assert.That((stored.Name, stored.Strategy, stored.ProductCount, stored.Title, stored.LayoutId, stored.ExcludeCartProducts),
            Is.EqualTo(("Cart: goes with", RecommendationStrategies.AlsoBought, 6, "Goes with your cart", (int)RecommendationSlotLayout.Carousel, true)));
        Assert.That(_localized, Is.EqualTo(new[] { (stored.Id, "Passt zu Ihrem Warenkorb", German) }));
    }

    [TestCase(0, "order_summary_content_after", RecommendationStrategies.AlsoBought, nameof(SlotModel.ProductCount))]
    [TestCase(25, "order_summary_content_after", RecommendationStrategies.AlsoBought, nameof(SlotModel.ProductCount))]
    [TestCase(4, "header_menu_before", RecommendationStrategies.AlsoBought, nameof(SlotModel.WidgetZone))]
    [TestCase(4, "order_summary_content_after", "Cheapest", nameof(SlotModel.Strategy))]
    public async Task A_slot_with_a_bad_count_zone_or_strategy_comes_back_with_the_problem_at_its_field_and_nothing_is_stored(int count, string zone, string strategy, string field)
    {
        var result = await _controller.Create(Form(count, zone, strategy), continueEditing: false);

        Assert.That(result, Is.InstanceOf<ViewResult>());
        Assert.That(_controller.ModelState[field]!.Errors, Is.Not.Empty);
        Assert.That(_store.Slots.Table.Count(), Is.EqualTo(3), "only the seeded slots");
        Assert.That(_localized, Is.Empty);
    }

    [Test]
    public async Task A_refused_edit_leaves_the_stored_slot_as_it_was()
    {
        var seeded = _store.InZone("productdetails_bottom");
        var form = Form(count: 99);
        form.Id = seeded.Id;

        await _controller.Edit(form, continueEditing: false);

        var reread = _store.Slots.Table.Single(slot => slot.Id == seeded.Id);
        Assert.That((reread.ProductCount, reread.Title, reread.WidgetZone), Is.EqualTo((4, "Customers who bought this also bought", "productdetails_bottom")));
    }

    [TestCase(0)]
    [TestCase(91)]
    public async Task An_attribution_window_out_of_range_is_refused_and_the_saved_one_stays(int days)
    {
        await _controller.SaveAttribution(new SlotSearchModel { AttributionDays = days });

        Assert.That(_settings.AttributionDays, Is.EqualTo(RecommendationSettings.DefaultAttributionDays));
    }

    [Test]
    public void Every_action_requires_the_personalization_permission_in_the_admin_area()
    {
        var type = typeof(PersonalizationRecommendationSlotsController);
        var actions = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(method => typeof(Task<IActionResult>).IsAssignableFrom(method.ReturnType))
            .ToList();

        Assert.That(actions, Has.Count.GreaterThanOrEqualTo(9));
        Assert.That(type.GetCustomAttribute<AuthorizeAdminAttribute>(), Is.Not.Null);
        var unguarded = actions.Where(action => !action.GetCustomAttributes<CheckPermissionAttribute>()
            .Any(attribute => attribute.PermissionSystemName.Contains(PersonalizationPermissionConfigManager.MANAGE_PERSONALIZATION))).Select(action => action.Name);
        Assert.That(unguarded, Is.Empty);
    }
}
