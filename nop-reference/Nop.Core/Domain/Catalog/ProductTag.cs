using Nop.Core.Domain.Common;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Seo;

namespace Nop.Core.Domain.Catalog;

public partial class ProductTag : BaseEntity, IMetaTagsSupported, ILocalizedEntity, ISlugSupported
{
    public string Name { get; set; }
}
