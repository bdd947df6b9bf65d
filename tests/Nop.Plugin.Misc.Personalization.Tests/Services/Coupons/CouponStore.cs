using Microsoft.Extensions.Time.Testing;
using Moq;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Discounts;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Catalog;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Coupons;

/// <summary>
/// The issued-coupon table and nopCommerce's discount tables on a test database, and coupon services over them (one per
/// simulated server); nopCommerce's discount service is a thin stand-in over the real discount table.
/// </summary>
public sealed class CouponStore : IDisposable
{
    readonly List<IDisposable> _owned = [];

    CouponStore(TestDatabase database) => Database = database;

    /// <summary>Gets the database.</summary>
    public TestDatabase Database { get; }

    /// <summary>Gets the clock every service reads.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Gets the categories the store's category service says a discount applies to, by discount.</summary>
    public Dictionary<int, int[]> CategoriesByDiscount { get; } = [];

    /// <summary>Gets the category mappings inserted through the category service.</summary>
    public List<DiscountCategoryMapping> InsertedCategoryMappings { get; } = [];

    /// <summary>Creates the tables on a new database.</summary>
    public static CouponStore Create(DatabaseKind kind)
    {
        var database = TestDatabase.Create(kind);
        database.Migrate(new CouponStorageMigration(), up: true);
        StoreDiscounts.EnsureTables(database);
        return new CouponStore(database);
    }

    T Own<T>(T disposable) where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    /// <summary>Gets the stored discounts.</summary>
    public IList<Discount> Discounts()
    {
        using var discounts = new Linq2DbRepository<Discount>(Database, nameof(Discount));
        return discounts.Table.OrderBy(discount => discount.Id).ToList();
    }

    /// <summary>Gets the stored issued codes.</summary>
    public IList<IssuedCoupon> Issued()
    {
        using var issued = new Linq2DbRepository<IssuedCoupon>(Database, new PersonalizationNameCompatibility());
        return issued.Table.OrderBy(row => row.Id).ToList();
    }

    /// <summary>Saves a discount as the merchant does in the admin.</summary>
    public async Task<Discount> AddDiscountAsync(Discount discount)
    {
        using var discounts = new Linq2DbRepository<Discount>(Database, nameof(Discount));
        await discounts.InsertAsync(discount);
        return discount;
    }

    /// <summary>Records that an order used a discount, as nopCommerce does when the order is placed.</summary>
    public async Task UseAsync(int discountId)
    {
        using var usages = new Linq2DbRepository<DiscountUsageHistory>(Database, nameof(DiscountUsageHistory));
        await usages.InsertAsync(new DiscountUsageHistory { DiscountId = discountId, OrderId = 1, CreatedOnUtc = Clock.GetUtcNow().UtcDateTime });
    }

    /// <summary>
    /// Creates the coupon service of one server; <paramref name="beforeDiscountInsert"/> runs before each discount it creates (to hold a server mid-issue).
    /// </summary>
    public CouponService Server(Func<Task> beforeDiscountInsert = null)
    {
        var discounts = Own(new Linq2DbRepository<Discount>(Database, nameof(Discount)));

        var categoryService = new Mock<ICategoryService>();
        categoryService.Setup(service => service.GetCategoriesByAppliedDiscountAsync(It.IsAny<int?>(), true, 0, int.MaxValue))
            .ReturnsAsync((int? discountId, bool _, int _, int _) => (IPagedList<Category>)new TestPagedList<Category>(
                (CategoriesByDiscount.GetValueOrDefault(discountId ?? 0) ?? []).Select(id => new Category { Id = id }).ToList(), 0, int.MaxValue, 0));
        categoryService.Setup(service => service.InsertDiscountCategoryMappingAsync(It.IsAny<DiscountCategoryMapping>()))
            .Callback((DiscountCategoryMapping mapping) => InsertedCategoryMappings.Add(mapping))
            .Returns(Task.CompletedTask);

        return new CouponService(categoryService.Object, StoreDiscounts.Service(discounts, beforeDiscountInsert), Mock.Of<IManufacturerService>(), Mock.Of<IProductService>(),
            Own(new Linq2DbRepository<DiscountUsageHistory>(Database, nameof(DiscountUsageHistory))),
            Own(new Linq2DbRepository<IssuedCoupon>(Database, new PersonalizationNameCompatibility())), Clock);
    }

    public void Dispose()
    {
        foreach (var disposable in _owned)
            disposable.Dispose();
        Database.Dispose();
    }
}
