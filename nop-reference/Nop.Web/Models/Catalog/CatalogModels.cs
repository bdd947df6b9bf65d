using Nop.Web.Framework.Models;
using Nop.Web.Framework.Models.ArtificialIntelligence;

namespace Nop.Web.Models.Catalog;

public partial record ProductDetailsModel : BaseNopEntityModel, IMetaTagsSupportedModel
{
    public string Name { get; set; }
}

public partial record CategoryModel : BaseNopEntityModel, IMetaTagsSupportedModel
{
    public string Name { get; set; }
}

public partial record ManufacturerModel : BaseNopEntityModel, IMetaTagsSupportedModel
{
    public string Name { get; set; }
}

public partial record ProductOverviewModel : BaseNopEntityModel
{
    public string Name { get; set; }
}
