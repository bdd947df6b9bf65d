namespace Nop.Web.Framework.UI;

public partial interface INopHtmlHelper
{
    void AddPageCssClassParts(string part);
}
