using Nop.Web.Framework.Models;

namespace Nop.Web.Models.ShoppingCart;

public partial record ShoppingCartModel : BaseNopModel
{
    public bool IsEditable { get; set; }
}
