namespace Personalization.Engine.Tracking.Ingestion;

/// <summary>
/// The event names the storefront script may send, and the stored type each one becomes.
/// </summary>
public static class ClientEventNames
{
    /// <summary>The name of a merchant-defined event; its own name travels in "label".</summary>
    public const string Custom = "custom";

    /// <summary>Gets the accepted names with their types, in the order error messages list them.</summary>
    public static IReadOnlyList<KeyValuePair<string, TrackedEventType>> All { get; } =
    [
        new("click", TrackedEventType.Click),
        new("form_submit", TrackedEventType.FormSubmit),
        new("video_play", TrackedEventType.VideoPlay),
        new("video_complete", TrackedEventType.VideoComplete),
        new("scroll_depth", TrackedEventType.ScrollDepth),
        new("time_on_page", TrackedEventType.TimeOnPage),
        new("page_view", TrackedEventType.PageView),
        new(Custom, TrackedEventType.Custom)
    ];

    /// <summary>Gets the type a name maps to; false for any other name (names are case-sensitive).</summary>
    public static bool TryGetType(string name, out TrackedEventType type)
    {
        foreach (var pair in All)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                type = pair.Value;
                return true;
            }
        }

        type = default;
        return false;
    }
}
