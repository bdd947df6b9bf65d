namespace Nop.Plugin.Misc.Personalization.Services;

/// <summary>
/// The plugin's English locale resources, added on install and removed on uninstall.
/// </summary>
public static class PersonalizationLocaleResources
{
    /// <summary>Gets every resource of the plugin by key.</summary>
    public static IReadOnlyDictionary<string, string> English { get; } = new Dictionary<string, string>
    {
        ["Plugins.Misc.Personalization.Menu"] = "Personalization",
        ["Plugins.Misc.Personalization.Menu.Configuration"] = "Settings",
        ["Plugins.Misc.Personalization.Configuration"] = "Personalization settings",
        ["Plugins.Misc.Personalization.Configuration.Instructions"] =
            "Personalization records what visitors do in your store, keeps one profile per customer and uses them for segments, on-site campaigns, emails and recommendations. Everything stays in your store's database.",
        ["Plugins.Misc.Personalization.Fields.TrackingEnabled"] = "Enable tracking",
        ["Plugins.Misc.Personalization.Fields.TrackingEnabled.Hint"] =
            "Record page views, product views, searches, cart changes, orders and sign-ups of visitors in this store.",
        ["Plugins.Misc.Personalization.Fields.DataRetentionDays"] = "Data retention (days)",
        ["Plugins.Misc.Personalization.Fields.DataRetentionDays.Hint"] =
            "How many days raw events are kept. Older events are rolled into each customer's profile and then deleted.",
        ["Plugins.Misc.Personalization.Fields.DataRetentionDays.Range"] = "Enter a number of days between {0} and {1}.",
    };
}
