namespace Personalization.Engine.Tracking;

/// <summary>
/// Names the kind of device a User-Agent belongs to ("mobile", "tablet" or "desktop") for the profile's device field.
/// </summary>
public static class DeviceTypeClassifier
{
    /// <summary>Mobile phone.</summary>
    public const string Mobile = "mobile";

    /// <summary>Tablet.</summary>
    public const string Tablet = "tablet";

    /// <summary>Desktop or laptop (also anything unrecognised).</summary>
    public const string Desktop = "desktop";

    /// <summary>Classifies a User-Agent; null for a missing one.</summary>
    public static string Classify(string userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
            return null;
        var ua = userAgent.AsSpan();
        //tablets first: an iPad or an Android tablet also says "Mobile" in some browsers, but Android phones always do
        if (ua.Contains("iPad", StringComparison.OrdinalIgnoreCase) || ua.Contains("Tablet", StringComparison.OrdinalIgnoreCase)
            || ua.Contains("Kindle", StringComparison.OrdinalIgnoreCase) || ua.Contains("Silk/", StringComparison.OrdinalIgnoreCase)
            || (ua.Contains("Android", StringComparison.OrdinalIgnoreCase) && !ua.Contains("Mobile", StringComparison.OrdinalIgnoreCase)))
            return Tablet;
        if (ua.Contains("Mobi", StringComparison.OrdinalIgnoreCase) || ua.Contains("iPhone", StringComparison.OrdinalIgnoreCase)
            || ua.Contains("iPod", StringComparison.OrdinalIgnoreCase) || ua.Contains("Windows Phone", StringComparison.OrdinalIgnoreCase))
            return Mobile;
        return Desktop;
    }
}
