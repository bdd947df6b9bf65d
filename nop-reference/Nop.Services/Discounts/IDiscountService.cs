using Nop.Core.Domain.Discounts;

namespace Nop.Services.Discounts;

public partial interface IDiscountService
{
    Task DeleteDiscountAsync(Discount discount);

    Task<Discount> GetDiscountByIdAsync(int discountId);

    Task InsertDiscountAsync(Discount discount);
}
