using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Mvc.Filters;

// The store attaches its own filter; this reference only carries the attribute's shape.
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed partial class CheckPermissionAttribute : TypeFilterAttribute
{
    public CheckPermissionAttribute(string permissionSystemName, CheckPermissionResultType resultType = CheckPermissionResultType.Default)
        : base(typeof(object))
    {
        PermissionSystemName = new List<string> { permissionSystemName };
        ResultType = resultType;
    }

    public List<string> PermissionSystemName { get; }

    public CheckPermissionResultType ResultType { get; }

    public enum CheckPermissionResultType
    {
        Default = 0,
        Html = 1,
        Text = 2,
        Json = 3
    }
}
