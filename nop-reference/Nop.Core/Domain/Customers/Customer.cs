using Nop.Core.Domain.Common;

namespace Nop.Core.Domain.Customers;

public partial class Customer : BaseEntity, ISoftDeletedEntity
{
    public bool Deleted { get; set; }
}
