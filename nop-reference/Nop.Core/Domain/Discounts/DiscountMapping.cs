namespace Nop.Core.Domain.Discounts;

public abstract partial class DiscountMapping : BaseEntity
{
    protected DiscountMapping()
    {
    }
}

public partial class DiscountProductMapping : DiscountMapping
{
}

public partial interface IDiscountSupported<T> where T : DiscountMapping
{
}

public partial class DiscountCategoryMapping : DiscountMapping
{
}
