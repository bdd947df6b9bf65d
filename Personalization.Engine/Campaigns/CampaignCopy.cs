namespace Personalization.Engine.Campaigns;

/// <summary>
/// What a variant says in one language. Blank fields of a translation fall back to the standard copy's, field by field,
/// as nopCommerce's localized properties do.
/// </summary>
/// <remarks>Text fields and the body may hold tokens (see <see cref="Content.CampaignTokens"/>); the body is the merchant's HTML, sanitized before it is stored and shown.</remarks>
public sealed record CampaignCopy
{
    /// <summary>Gets the language; 0 for the standard copy.</summary>
    public int LanguageId { get; init; }

    /// <summary>Gets the title (plain text).</summary>
    public string Title { get; init; }

    /// <summary>Gets the body (HTML from the editor).</summary>
    public string BodyHtml { get; init; }

    /// <summary>Gets the image's address (http, https or a path on the store).</summary>
    public string ImageUrl { get; init; }

    /// <summary>Gets the call-to-action button's text (plain text).</summary>
    public string CallToActionText { get; init; }

    /// <summary>Gets the call-to-action's address (http, https, mailto, tel or a path on the store).</summary>
    public string CallToActionUrl { get; init; }
}
