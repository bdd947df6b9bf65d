using Nop.Core.Domain.Customers;
using Nop.Services.Security;

namespace Nop.Plugin.Misc.Personalization.Services;

/// <summary>
/// Declares the plugin's permission; nopCommerce inserts it at start-up and grants it to administrators.
/// </summary>
public class PersonalizationPermissionConfigManager : IPermissionConfigManager
{
    /// <summary>Gets the permission to manage personalization (settings, segments, campaigns, recommendations).</summary>
    public const string MANAGE_PERSONALIZATION = "Misc.Personalization.Manage";

    /// <summary>Gets all permission configurations.</summary>
    public IList<PermissionConfig> AllConfigs => new List<PermissionConfig>
    {
        new("Admin area. Manage personalization", MANAGE_PERSONALIZATION, nameof(StandardPermission.Promotions),
            NopCustomerDefaults.AdministratorsRoleName)
    };
}
