namespace Nop.Core.Domain.Catalog;

public partial class ProductReview : BaseEntity
{
    public int CustomerId { get; set; }

    public int ProductId { get; set; }

    public int Rating { get; set; }
}
