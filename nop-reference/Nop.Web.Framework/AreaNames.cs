namespace Nop.Web.Framework;

public static partial class AreaNames
{
    public const string ADMIN = "Admin";
}
