namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// A variant's copy in one language, merged with the standard copy field by field, sanitized and parsed once.
/// </summary>
public sealed class CompiledCopy
{
    readonly TokenTemplate _title;
    readonly TokenTemplate _body;
    readonly TokenTemplate _callToActionText;
    readonly TokenTemplate _callToActionUrl;

    CompiledCopy(int languageId, TokenTemplate title, TokenTemplate body, string imageUrl, TokenTemplate callToActionText, TokenTemplate callToActionUrl, string couponCode)
    {
        LanguageId = languageId;
        _title = title;
        _body = body;
        ImageUrl = imageUrl;
        _callToActionText = callToActionText;
        _callToActionUrl = callToActionUrl;
        CouponCode = couponCode;
    }

    /// <summary>Gets the language the copy is for; 0 for the standard copy.</summary>
    public int LanguageId { get; }

    /// <summary>Gets the image's address; null when none.</summary>
    public string ImageUrl { get; }

    /// <summary>Gets the coupon code; null when none.</summary>
    public string CouponCode { get; }

    /// <summary>Gets whether there is a call to action.</summary>
    public bool HasCallToAction => _callToActionUrl != null;

    /// <summary>
    /// Merges a translation over the standard copy and compiles it; the body is sanitized again, since what the
    /// database holds is not trusted blindly.
    /// </summary>
    /// <exception cref="FormatException">A field has a token error (the campaign did not validate).</exception>
    public static CompiledCopy Compile(CampaignCopy standard, CampaignCopy translation, string couponCode)
    {
        ArgumentNullException.ThrowIfNull(standard);
        translation ??= standard;
        var ctaUrl = Pick(translation.CallToActionUrl, standard.CallToActionUrl)?.Trim();
        var image = Pick(translation.ImageUrl, standard.ImageUrl)?.Trim();
        if (ctaUrl != null && !CampaignUrls.IsSafeLinkTemplate(ctaUrl))
            throw new FormatException($"'{ctaUrl}' is not a safe call to action URL.");
        return new CompiledCopy(
            translation.LanguageId,
            TokenTemplate.Parse(Pick(translation.Title, standard.Title)),
            TokenTemplate.Parse(CampaignHtmlSanitizer.Sanitize(Pick(translation.BodyHtml, standard.BodyHtml)).Html, html: true),
            image != null && CampaignUrls.IsSafeImage(image) ? image : null,
            TokenTemplate.Parse(Pick(translation.CallToActionText, standard.CallToActionText)),
            ctaUrl == null ? null : TokenTemplate.Parse(ctaUrl),
            string.IsNullOrWhiteSpace(couponCode) ? null : couponCode.Trim());
    }

    /// <summary>Fills in the tokens for one visitor; a code issued to the visitor (<see cref="TokenValues.CouponCode"/>) wins over the variant's.</summary>
    public RenderedCopy Render(TokenValues values)
    {
        var couponCode = string.IsNullOrWhiteSpace(values?.CouponCode) ? CouponCode : values.CouponCode.Trim();
        return new(
            _title.Render(values, couponCode, TokenEncoding.Text),
            _body.Render(values, couponCode, TokenEncoding.Html),
            ImageUrl,
            HasCallToAction ? _callToActionText.Render(values, couponCode, TokenEncoding.Text) : null,
            _callToActionUrl?.Render(values, couponCode, TokenEncoding.Url),
            couponCode);
    }

    static string Pick(string translated, string standard) => string.IsNullOrWhiteSpace(translated) ? standard : translated;
}
