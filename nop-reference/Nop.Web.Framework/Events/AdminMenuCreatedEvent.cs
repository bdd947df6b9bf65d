using Nop.Web.Framework.Menu;

namespace Nop.Web.Framework.Events;

public abstract partial class BaseMenuItemCreatedEvent
{
    protected BaseMenuItemCreatedEvent(IAdminMenu adminMenu)
    {
    }

    public virtual string GetMenuItemUrl(string controllerName, string actionName) => throw null;
}

public partial class AdminMenuCreatedEvent : BaseMenuItemCreatedEvent
{
    public AdminMenuCreatedEvent(IAdminMenu adminMenu, AdminMenuItem rootMenuItem) : base(adminMenu)
    {
        RootMenuItem = rootMenuItem;
    }

    public AdminMenuItem RootMenuItem { get; protected set; }
}
