using Nop.Web.Framework.UI;

namespace Nop.Web.Framework.Events;

public partial class PageRenderingEvent
{
    public PageRenderingEvent(INopHtmlHelper helper, string overriddenRouteName = null)
    {
        Helper = helper;
        OverriddenRouteName = overriddenRouteName;
    }

    public INopHtmlHelper Helper { get; protected set; }

    public string OverriddenRouteName { get; protected set; }

    public string GetRouteName(bool handleDefaultRoutes = false) => throw null;
}
