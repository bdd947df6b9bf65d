namespace Nop.Web.Framework.Menu;

public partial interface IAdminMenu
{
    string GetMenuItemUrl(string controllerName, string actionName);
}

public partial class AdminMenuItem
{
    public string SystemName { get; set; }

    public string Title { get; set; }

    public string Url { get; set; }

    public string IconClass { get; set; }

    public bool Visible { get; set; } = true;

    public IList<string> PermissionNames { get; set; } = new List<string>();

    public IList<AdminMenuItem> ChildNodes { get; set; } = new List<AdminMenuItem>();

    public AdminMenuItem GetItemBySystemName(string systemName) => throw null;

    public virtual bool InsertAfter(string itemSystemName, AdminMenuItem newMenuItem) => throw null;

    public virtual bool InsertBefore(string itemSystemName, AdminMenuItem newMenuItem) => throw null;
}
