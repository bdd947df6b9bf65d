namespace Nop.Web.Framework.UI;

public partial interface INopHtmlHelper
{
}
