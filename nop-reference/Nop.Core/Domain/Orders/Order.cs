using Nop.Core.Domain.Common;

namespace Nop.Core.Domain.Orders;

public partial class Order : BaseEntity, ISoftDeletedEntity
{
    public int StoreId { get; set; }

    public int CustomerId { get; set; }

    public int OrderStatusId { get; set; }

    public decimal OrderDiscount { get; set; }

    public decimal OrderTotal { get; set; }

    public bool Deleted { get; set; }

    public DateTime CreatedOnUtc { get; set; }
}
