using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class SegmentCatalogCacheEventConsumerTests(DatabaseKind kind)
{
    SegmentStore _store;
    MemoryStaticCacheManager _cache;
    SegmentCompileContextFactory _contexts;
    SegmentCatalogCacheEventConsumer _consumer;

    [SetUp]
    public async Task CreateStore()
    {
        _store = await SegmentStore.CreateAsync(kind);
        _cache = new MemoryStaticCacheManager(distributed: false);
        _contexts = new SegmentCompileContextFactory(_store.Categories, _store.ProductCategories, _store.ProductManufacturers, _store.Segments, _cache);
        _consumer = new SegmentCatalogCacheEventConsumer(_cache);
    }

    [TearDown]
    public void DropStore() => _store?.Dispose();

    //"viewed a product of the category, its subcategories included"
    static SegmentRule ViewedIn(int categoryId) => SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour,
        (ConditionTypes.Event, "productView"), (ConditionTypes.Category, categoryId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (ConditionTypes.Count, "1")));

    async Task<(IReadOnlyCollection<int> Categories, IReadOnlyCollection<int> Products)> CatalogOfAsync(int categoryId)
    {
        var catalog = (await _contexts.CreateAsync([ViewedIn(categoryId)])).Catalog;
        var categories = catalog.Categories(categoryId, includeSubcategories: true);
        return (categories, catalog.ProductsInCategories(categories));
    }

    [Test]
    public async Task A_new_subcategory_and_its_products_reach_the_rules_once_the_catalog_changes()
    {
        var outdoor = new Category { Name = "Outdoor" };
        await _store.Categories.InsertAsync(outdoor);
        await _store.ProductCategories.InsertAsync(new ProductCategory { CategoryId = outdoor.Id, ProductId = 10 });
        Assert.That(await CatalogOfAsync(outdoor.Id), Is.EqualTo((new[] { outdoor.Id }, new[] { 10 })));

        var tents = new Category { Name = "Tents", ParentCategoryId = outdoor.Id };
        await _store.Categories.InsertAsync(tents);
        var tent = new ProductCategory { CategoryId = tents.Id, ProductId = 11 };
        await _store.ProductCategories.InsertAsync(tent);
        //cached: without the store's events the rules keep the catalog they were compiled with
        Assert.That((await CatalogOfAsync(outdoor.Id)).Categories, Is.EqualTo(new[] { outdoor.Id }));

        await _consumer.HandleEventAsync(new EntityInsertedEvent<Category>(tents));

        var (categories, products) = await CatalogOfAsync(outdoor.Id);
        Assert.That(categories, Is.EquivalentTo(new[] { outdoor.Id, tents.Id }));
        Assert.That(products, Is.EquivalentTo(new[] { 10, 11 }));

        //a product taken out of the subcategory leaves the rules as well
        await _store.ProductCategories.DeleteAsync(tent);
        await _consumer.HandleEventAsync(new EntityDeletedEvent<ProductCategory>(tent));
        Assert.That((await CatalogOfAsync(outdoor.Id)).Products, Is.EqualTo(new[] { 10 }));
    }

    [Test]
    public async Task A_product_given_a_manufacturer_reaches_the_rules_on_the_mapping_event()
    {
        var rule = SegmentRule.AllOf(RuleCondition.Of(ConditionTypes.Behaviour, (ConditionTypes.Event, "productView"), (ConditionTypes.Manufacturer, "4"),
            (ConditionTypes.Count, "1")));
        Assert.That((await _contexts.CreateAsync([rule])).Catalog.ProductsOfManufacturers([4]), Is.Empty);

        var mapping = new ProductManufacturer { ManufacturerId = 4, ProductId = 21 };
        await _store.ProductManufacturers.InsertAsync(mapping);
        await _consumer.HandleEventAsync(new EntityInsertedEvent<ProductManufacturer>(mapping));

        Assert.That((await _contexts.CreateAsync([rule])).Catalog.ProductsOfManufacturers([4]), Is.EqualTo(new[] { 21 }));
    }
}
