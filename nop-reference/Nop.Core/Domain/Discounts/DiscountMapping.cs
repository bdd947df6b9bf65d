namespace Nop.Core.Domain.Discounts;

public abstract partial class DiscountMapping : BaseEntity
{
    protected DiscountMapping()
    {
    }

    public abstract int EntityId { get; set; }

    public int DiscountId { get; set; }
}

public partial class DiscountProductMapping : DiscountMapping
{
    public override int EntityId { get; set; }
}

public partial interface IDiscountSupported<T> where T : DiscountMapping
{
}

public partial class DiscountCategoryMapping : DiscountMapping
{
    public override int EntityId { get; set; }
}

public partial class DiscountManufacturerMapping : DiscountMapping
{
    public override int EntityId { get; set; }
}
