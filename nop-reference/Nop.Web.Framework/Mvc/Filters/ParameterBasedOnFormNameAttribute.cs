using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Mvc.Filters;

// The store attaches its own filter; this reference only carries the attribute's shape.
public sealed partial class ParameterBasedOnFormNameAttribute : TypeFilterAttribute
{
    public ParameterBasedOnFormNameAttribute(string formKeyName, string actionParameterName) : base(typeof(object))
    {
    }
}
