using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Nop.Web.Framework.Components;

public abstract partial class NopViewComponent : ViewComponent
{
    protected NopViewComponent()
    {
    }

    public new ViewViewComponentResult View<TModel>(string viewName, TModel model) => throw null;
}
