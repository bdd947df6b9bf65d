namespace Nop.Plugin.Misc.Personalization.Data;

/// <summary>
/// Table names of the plugin, shared by the migrations and the name mapping.
/// </summary>
public static class PersonalizationTables
{
    /// <summary>Gets the raw event table.</summary>
    public static string TrackedEvent => PersonalizationDefaults.TablePrefix + "TrackedEvent";

    /// <summary>Gets the customer profile table.</summary>
    public static string CustomerProfile => PersonalizationDefaults.TablePrefix + "CustomerProfile";

    /// <summary>Gets the table of guest-to-customer merges.</summary>
    public static string IdentityMerge => PersonalizationDefaults.TablePrefix + "IdentityMerge";

    /// <summary>Gets the table of session landings (referral and device).</summary>
    public static string VisitSession => PersonalizationDefaults.TablePrefix + "VisitSession";

    /// <summary>Gets the table of imported contacts.</summary>
    public static string ImportedContact => PersonalizationDefaults.TablePrefix + "ImportedContact";

    /// <summary>Gets the table of precomputed recommendation lists.</summary>
    public static string RecommendationList => PersonalizationDefaults.TablePrefix + "RecommendationList";
}
