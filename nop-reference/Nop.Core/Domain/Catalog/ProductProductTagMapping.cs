namespace Nop.Core.Domain.Catalog;

public partial class ProductProductTagMapping : BaseEntity
{
    public int ProductId { get; set; }

    public int ProductTagId { get; set; }
}
