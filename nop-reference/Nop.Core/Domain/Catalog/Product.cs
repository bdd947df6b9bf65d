using Nop.Core.Domain.Common;
using Nop.Core.Domain.Discounts;
using Nop.Core.Domain.Localization;
using Nop.Core.Domain.Security;
using Nop.Core.Domain.Seo;
using Nop.Core.Domain.Stores;

namespace Nop.Core.Domain.Catalog;

public partial class Product : BaseEntity, IMetaTagsSupported, ISoftDeletedEntity, IDiscountSupported<DiscountProductMapping>,
    ILocalizedEntity, IAclSupported, ISlugSupported, IStoreMappingSupported
{
    public string Name { get; set; }

    public string ShortDescription { get; set; }

    public decimal Price { get; set; }

    public bool Published { get; set; }

    public bool VisibleIndividually { get; set; }

    public int ManageInventoryMethodId { get; set; }

    public int StockQuantity { get; set; }

    public DateTime? AvailableStartDateTimeUtc { get; set; }

    public DateTime? AvailableEndDateTimeUtc { get; set; }

    public bool Deleted { get; set; }
}
