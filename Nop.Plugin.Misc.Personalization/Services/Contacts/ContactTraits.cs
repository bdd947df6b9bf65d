using System.Text.Json;
using Personalization.Engine.Profiles;

namespace Nop.Plugin.Misc.Personalization.Services.Contacts;

/// <summary>
/// Reads the traits an imported contact stores as JSON (name -> typed value).
/// </summary>
public static class ContactTraits
{
    /// <summary>The traits by name (ordinal); empty when none are stored.</summary>
    public static Dictionary<string, TraitValue> Read(string json) => string.IsNullOrEmpty(json)
        ? new Dictionary<string, TraitValue>(StringComparer.Ordinal)
        : new Dictionary<string, TraitValue>(JsonSerializer.Deserialize<Dictionary<string, TraitValue>>(json), StringComparer.Ordinal);
}
