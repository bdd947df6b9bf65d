namespace Nop.Web.Framework.Events;

public partial class ProductSearchEvent
{
    public string SearchTerm { get; set; }

    public IList<int> CategoryIds { get; set; }

    public int ManufacturerId { get; set; }
}
