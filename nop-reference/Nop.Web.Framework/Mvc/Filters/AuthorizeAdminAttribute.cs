using Microsoft.AspNetCore.Mvc;

namespace Nop.Web.Framework.Mvc.Filters;

// The store attaches its own filter; this reference only carries the attribute's shape.
public sealed partial class AuthorizeAdminAttribute : TypeFilterAttribute
{
    public AuthorizeAdminAttribute(bool ignore = false) : base(typeof(object))
    {
        IgnoreFilter = ignore;
    }

    public bool IgnoreFilter { get; }
}
