using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Controllers;

public abstract partial class BaseController : Controller
{
    protected BaseController()
    {
    }
}

public abstract partial class BasePluginController : BaseController
{
    protected BasePluginController()
    {
    }
}
