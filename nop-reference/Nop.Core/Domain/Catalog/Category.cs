using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Catalog;

public partial class Category : BaseEntity, IMetaTagsSupported, ISoftDeletedEntity, IDiscountSupported<DiscountCategoryMapping>,
    ILocalizedEntity, IAclSupported, ISlugSupported, IStoreMappingSupported
{
    public string Name { get; set; }

    public int ParentCategoryId { get; set; }

    public bool Published { get; set; }

    public bool Deleted { get; set; }
}
