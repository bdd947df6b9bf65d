namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// How token values are written into rendered copy.
/// </summary>
public enum TokenEncoding
{
    /// <summary>Plain text, as is (the view encodes the whole field).</summary>
    Text = 0,

    /// <summary>HTML-encoded, for the body, whose literal parts are already sanitized HTML.</summary>
    Html = 1,

    /// <summary>URL-encoded as a data component, for links: a value can never change the address's scheme or host.</summary>
    Url = 2
}
