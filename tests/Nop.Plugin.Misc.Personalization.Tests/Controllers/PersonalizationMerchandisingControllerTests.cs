using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Moq;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Stores;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Models.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Plugin.Misc.Personalization.Tests.Services.Merchandising;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Messages;
using Nop.Services.Stores;
using Personalization.Engine.Recommendations.Rules;
using static Nop.Plugin.Misc.Personalization.Tests.Services.Merchandising.MerchandisingShop;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class PersonalizationMerchandisingControllerTests(DatabaseKind kind)
{
    MerchandisingShop _shop;
    Mock<INotificationService> _notifications;
    PersonalizationMerchandisingController _controller;
    MerchandisingRuleModelFactory _factory;

    [SetUp]
    public void CreateAdmin()
    {
        _shop = new MerchandisingShop(kind);
        var localization = new Mock<ILocalizationService>();
        localization.Setup(l => l.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => "text of " + key);
        var categories = new Mock<ICategoryService>();
        var names = new Dictionary<int, string> { [Barbecues] = "Barbecues", [Accessories] = "Accessories", [Kitchen] = "Kitchen" };
        categories.Setup(c => c.GetCategoriesByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => ids.Where(names.ContainsKey).Select(id => new Category { Id = id, Name = names[id] }).ToList());
        categories.Setup(c => c.GetFormattedBreadCrumbAsync(It.IsAny<Category>(), null, ">>", 0)).ReturnsAsync((Category category, IList<Category> _, string _, int _) => category.Name);
        var manufacturers = new Mock<IManufacturerService>();
        manufacturers.Setup(m => m.GetManufacturersByIdsAsync(It.IsAny<int[]>()))
            .ReturnsAsync((int[] ids) => ids.Where(id => id == Premium).Select(id => new Manufacturer { Id = id, Name = "Weber" }).ToList());
        var stores = new Mock<IStoreService>();
        stores.Setup(s => s.GetAllStoresAsync()).ReturnsAsync([new Store { Id = 1, Name = "Garden shop" }]);
        //the segment editor's pickers, over the shop's catalog
        var pickers = new SegmentPickerService(categories.Object, Mock.Of<ICustomerService>(), manufacturers.Object, _shop.ProductService.Object,
            Mock.Of<IRepository<CustomerProfileAttribute>>(), Mock.Of<IRepository<Product>>(), Mock.Of<ISegmentService>(), new UncachedStaticCacheManager(), stores.Object);
        _factory = new MerchandisingRuleModelFactory(localization.Object, _shop.RuleService, pickers, stores.Object, _shop.Clock);
        _notifications = new Mock<INotificationService>();
        _controller = new PersonalizationMerchandisingController(localization.Object, _factory, _shop.RuleService, _notifications.Object);
    }

    [TearDown]
    public void DropAdmin() => _shop?.Dispose();

    static MerchandisingRuleModel PremiumBbq() => new()
    {
        Name = "Premium BBQ", Active = true, StoreId = 1, Priority = 10, StopFurtherRules = true,
        Trigger = new RuleTriggerModel { AnchorCategoryIds = $"{Barbecues}", MinCartSubtotal = 50m },
        Action = new RuleActionModel { Kind = (int)RuleActionKind.Upsell, ManufacturerIds = $"{Premium}", MinPriceRatio = 1.1m, MaxPriceRatio = 2m, MaxProducts = 2 },
        Placement = new RulePlacementModel { Strategies = "AlsoBought", Slots = "productdetails_bottom" }
    };

    [Test]
    public async Task A_saved_rule_opens_in_the_editor_as_it_was_entered_and_is_listed_in_plain_words()
    {
        var result = await _controller.Create(PremiumBbq(), continueEditing: true);

        var stored = _shop.Rules.Table.Single();
        Assert.That(((RedirectToActionResult)result).RouteValues!["id"], Is.EqualTo(stored.Id));
        Assert.That((stored.Name, stored.Active, stored.StoreId, stored.Priority, stored.Placement),
            Is.EqualTo(("Premium BBQ", true, 1, 10, "strategies AlsoBought and slots productdetails_bottom")));
        _notifications.Verify(n => n.SuccessNotification("text of Plugins.Misc.Personalization.Merchandising.Added", true, 0), Times.Once);

        var edit = (MerchandisingRuleModel)((ViewResult)await _controller.Edit(stored.Id)).Model!;
        Assert.That((edit.Trigger.AnchorCategoryIds, edit.Trigger.AnchorProductIds, edit.Trigger.MinCartSubtotal, edit.Trigger.MaxCartSubtotal), Is.EqualTo(("10", "", 50m, (decimal?)null)));
        Assert.That((edit.Action.Kind, edit.Action.ManufacturerIds, edit.Action.MinPriceRatio, edit.Action.MaxPriceRatio, edit.Action.MaxProducts, edit.Action.Position),
            Is.EqualTo(((int)RuleActionKind.Upsell, $"{Premium}", 1.1m, 2m, 2, (int?)null)));
        Assert.That((edit.Placement.Strategies, edit.Placement.Slots, edit.StopFurtherRules), Is.EqualTo(("AlsoBought", "productdetails_bottom", true)));
        Assert.That(edit.Description, Does.StartWith("When the product or category on screen is in Barbecues (with subcategories)"));
        Assert.That(edit.AvailableActionKinds.Single(item => item.Selected).Value, Is.EqualTo(((int)RuleActionKind.Upsell).ToString()));

        var list = (MerchandisingRuleListModel)((JsonResult)await _controller.RuleList(new MerchandisingRuleSearchModel { Length = 10 })).Value!;
        var row = list.Data.Single();
        Assert.That((row.StoreName, row.PlacementText), Is.EqualTo(("Garden shop", "strategies AlsoBought and slots productdetails_bottom")));
        Assert.That(row.ActionText, Is.EqualTo("show up to 2 products of the same category at 1.1× to 2.0× its price, made by Weber, cheapest first"));
        Assert.That(row.TriggerText, Is.EqualTo("When the product or category on screen is in Barbecues (with subcategories) and the cart subtotal is at least 50.00"));
    }

    [Test]
    public async Task An_invalid_rule_is_refused_at_its_fields_and_nothing_is_stored()
    {
        var form = PremiumBbq() with
        {
            Trigger = new RuleTriggerModel { AnchorProductIds = "1, grill" },
            Action = new RuleActionModel { Kind = (int)RuleActionKind.Pin, ProductIds = $"{Cover}", Position = 0, Factor = 2m }
        };

        var result = (ViewResult)await _controller.Create(form, continueEditing: false);

        Assert.That(_controller.ModelState["Trigger.AnchorProductIds"]!.Errors.Single().ErrorMessage, Is.EqualTo("'grill' is not an id; pick the entries from the list."));
        Assert.That(_controller.ModelState["Action.Position"]!.Errors.Single().ErrorMessage, Is.EqualTo("Action, position: must be 1 to 50; got 0."));
        Assert.That(_controller.ModelState["Action.Factor"]!.Errors.Single().ErrorMessage, Does.Contain("a pin does not take a factor"));
        Assert.That(((MerchandisingRuleModel)result.Model!).Trigger.AnchorProductIds, Is.EqualTo("1, grill"), "the form comes back as posted");
        Assert.That(((MerchandisingRuleModel)result.Model!).AvailableStrategies, Does.Contain("Similar").And.Contain("RecentlyViewed").And.Contain("FreeShippingGap"),
            "the placement hint names every strategy a slot can use");
        Assert.That(_shop.Rules.Table.Count(), Is.Zero);
    }

    [Test]
    public async Task An_invalid_edit_leaves_the_stored_rule_unchanged()
    {
        await _controller.Create(PremiumBbq(), continueEditing: false);
        var before = _shop.Rules.Table.Single();

        var result = await _controller.Edit(PremiumBbq() with { Id = before.Id, Name = "", Action = PremiumBbq().Action with { MaxPriceRatio = 0.5m } }, continueEditing: false);

        Assert.That(result, Is.TypeOf<ViewResult>());
        Assert.That(_controller.ModelState.Keys, Is.SupersetOf(new[] { "Name", "Action.MaxPriceRatio" }));
        var after = _shop.Rules.Table.Single();
        Assert.That((after.Name, after.RuleJson, after.UpdatedOnUtc), Is.EqualTo((before.Name, before.RuleJson, before.UpdatedOnUtc)));
    }

    [Test]
    public async Task The_live_description_names_the_picked_entities_and_places_problems_at_their_fields()
    {
        var form = PremiumBbq() with { Action = new RuleActionModel { Kind = (int)RuleActionKind.Pin, ProductIds = $"{Cover}", Position = 60 } };

        var body = JsonDocument.Parse(((ContentResult)await _controller.Describe(form)).Content!).RootElement;

        Assert.That(body.GetProperty("description").GetString(), Does.Contain("pin Cover to position 60"));
        var issue = body.GetProperty("issues").EnumerateArray().Single(i => i.GetProperty("isError").GetBoolean());
        Assert.That(issue.GetProperty("field").GetString(), Is.EqualTo("Action.Position"));
        Assert.That(_shop.Rules.Table.Count(), Is.Zero, "describing stores nothing");
    }
}
