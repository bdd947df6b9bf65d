using Nop.Core.Domain.Common;
using Nop.Core.Domain.Localization;

namespace Nop.Core.Domain.Stores;

public partial class Store : BaseEntity, ISoftDeletedEntity, ILocalizedEntity
{
    public string Name { get; set; }

    public string Url { get; set; }

    public bool Deleted { get; set; }
}
