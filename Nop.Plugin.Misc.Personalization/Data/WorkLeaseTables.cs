namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table name and column sizes of the work leases that keep scheduled work to one server of a web farm.
/// </summary>
public static class WorkLeaseTables
{
    /// <summary>Gets the table of the leases.</summary>
    public static string WorkLease => PersonalizationDefaults.TablePrefix + "WorkLease";

    /// <summary>Most characters of a lease's name.</summary>
    public const int NameMaxLength = 100;

    /// <summary>Most characters of a lease's owner (server name and acquisition).</summary>
    public const int OwnerMaxLength = 200;
}
