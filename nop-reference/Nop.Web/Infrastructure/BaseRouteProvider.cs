namespace Nop.Web.Infrastructure;

public partial class BaseRouteProvider
{
}
