namespace Nop.Plugin.Misc.Personalization;

/// <summary>
/// Names the plugin shares with nopCommerce: system name, routes, tables, menu items.
/// </summary>
public static class PersonalizationDefaults
{
    /// <summary>Gets the plugin system name (also the plugin folder in the store).</summary>
    public static string SystemName => "Misc.Personalization";

    /// <summary>Gets the prefix of every locale resource of the plugin.</summary>
    public static string LocalePrefix => "Plugins.Misc.Personalization";

    /// <summary>Gets the name of the route to the configuration page.</summary>
    public static string ConfigurationRouteName => "Plugin.Misc.Personalization.Configure";

    /// <summary>Gets the system name of the plugin's admin menu node.</summary>
    public static string MenuSystemName => "Personalization";

    /// <summary>Gets the system name of the configuration item in the plugin's admin menu.</summary>
    public static string ConfigurationMenuSystemName => "Personalization.Configuration";

    /// <summary>Gets the prefix of the plugin's tables; core nopCommerce already owns generic names such as Campaign.</summary>
    public static string TablePrefix => "Personalization_";

    /// <summary>Gets the view folder inside the store's plugin folder.</summary>
    public static string ViewsPath => "~/Plugins/Misc.Personalization/Views/";
}
