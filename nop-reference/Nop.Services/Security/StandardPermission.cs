namespace Nop.Services.Security;

public partial class StandardPermission
{
    public partial class Configuration
    {
        public const string MANAGE_PLUGINS = "Configuration.ManagePlugins";
    }

    public partial class Promotions
    {
    }
}
