using Moq;
using Nop.Core.Domain.Discounts;
using Nop.Services.Discounts;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// nopCommerce's discount service as the plugin uses it (get, insert, delete), over the real discount table of a test database.
/// </summary>
public static class StoreDiscounts
{
    /// <summary>Creates the discount and usage tables nopCommerce has (no plugin migration creates them).</summary>
    public static void EnsureTables(TestDatabase database)
    {
        PluginServices.EnsureTable<Discount>(database, nameof(Discount));
        PluginServices.EnsureTable<DiscountUsageHistory>(database, nameof(DiscountUsageHistory));
    }

    /// <summary>Gets the service (its list is every discount, whatever the filters); <paramref name="beforeInsert"/> runs before each insert (to hold a server mid-issue).</summary>
    public static IDiscountService Service(Linq2DbRepository<Discount> discounts, Func<Task> beforeInsert = null)
    {
        var discountService = new Mock<IDiscountService>();
        discountService.Setup(service => service.GetDiscountByIdAsync(It.IsAny<int>()))
            .Returns((int id) => Task.FromResult(discounts.Table.FirstOrDefault(discount => discount.Id == id)));
        discountService.Setup(service => service.GetAllDiscountsAsync(It.IsAny<DiscountType?>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<bool>(),
                It.IsAny<DateTime?>(), It.IsAny<DateTime?>(), It.IsAny<bool?>(), It.IsAny<int>()))
            .Returns(() => Task.FromResult<IList<Discount>>(discounts.Table.OrderBy(discount => discount.Id).ToList()));
        discountService.Setup(service => service.InsertDiscountAsync(It.IsAny<Discount>()))
            .Returns(async (Discount discount) =>
            {
                if (beforeInsert != null)
                    await beforeInsert();
                await discounts.InsertAsync(discount);
            });
        discountService.Setup(service => service.DeleteDiscountAsync(It.IsAny<Discount>()))
            .Returns((Discount discount) => discounts.DeleteAsync(row => row.Id == discount.Id));
        return discountService.Object;
    }
}
