using Personalization.Engine.Campaigns.Content;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// The checks of a campaign's variants and their copies: names, weights, languages, tokens, links and HTML.
/// </summary>
public static class CampaignCopyChecks
{
    /// <summary>Largest variant weight.</summary>
    public const int MaxWeight = 1000;

    /// <summary>Most days a visitor's own coupon code stays valid.</summary>
    public const int MaxCouponValidDays = 365;

    /// <summary>Checks the variants, reporting through the two callbacks (field, message).</summary>
    public static void CheckVariants(IReadOnlyList<CampaignVariant> variants, Action<string, string> error, Action<string, string> warn)
    {
        variants ??= [];
        if (variants.Count == 0)
        {
            error(nameof(Campaign.Variants), "Variants: add at least one variant to show.");
            return;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var ids = new HashSet<int>();
        for (var v = 0; v < variants.Count; v++)
        {
            var variant = variants[v];
            var field = $"{nameof(Campaign.Variants)}[{v}]";
            if (variant == null)
            {
                error(field, $"Variant {v + 1}: is empty.");
                continue;
            }

            var label = string.IsNullOrWhiteSpace(variant.Name) ? $"Variant {v + 1}" : $"Variant '{variant.Name}'";
            if (string.IsNullOrWhiteSpace(variant.Name))
                error(field + "." + nameof(CampaignVariant.Name), $"{label}: needs a name (A, B...).");
            else if (!names.Add(variant.Name.Trim()))
                error(field + "." + nameof(CampaignVariant.Name), $"{label}: another variant has the same name.");
            if (variant.Id < 0 || (variant.Id > 0 && !ids.Add(variant.Id)))
                error(field + "." + nameof(CampaignVariant.Id), $"{label}: id {variant.Id} is negative or used by another variant.");
            if (variant.Weight is < 1 or > MaxWeight)
                error(field + "." + nameof(CampaignVariant.Weight), $"{label}, weight: must be 1 to {MaxWeight}; got {variant.Weight}.");
            CheckCoupon(variant.Coupon, field + "." + nameof(CampaignVariant.Coupon), label, error);
            CheckCopies(variant, field, label, error, warn);
        }
    }

    //whether the discount exists is the store's to say; here only what any discount id and validity must be
    static void CheckCoupon(CampaignCoupon coupon, string field, string label, Action<string, string> error)
    {
        if (coupon == null)
            return;
        if (coupon.DiscountId <= 0)
            error(field + "." + nameof(CampaignCoupon.DiscountId), $"{label}, coupon: choose the store's discount the coupon applies.");
        if (coupon.UniquePerVisitor && coupon.ValidDays is < 1 or > MaxCouponValidDays)
            error(field + "." + nameof(CampaignCoupon.ValidDays), $"{label}, coupon: a visitor's own code is valid for 1 to {MaxCouponValidDays} days; got {coupon.ValidDays}.");
    }

    static void CheckCopies(CampaignVariant variant, string field, string label, Action<string, string> error, Action<string, string> warn)
    {
        var copies = variant.Copies ?? [];
        var standard = copies.Count(copy => copy?.LanguageId == 0);
        if (standard != 1)
            error(field + "." + nameof(CampaignVariant.Copies), standard == 0
                ? $"{label}: needs its standard copy (language 0), which every language without its own translation falls back to."
                : $"{label}: has {standard} standard copies; keep one and give the others their language.");
        var languages = new HashSet<int>();
        var usesCoupon = false;
        for (var c = 0; c < copies.Count; c++)
        {
            var copy = copies[c];
            var copyField = $"{field}.{nameof(CampaignVariant.Copies)}[{c}]";
            if (copy == null)
            {
                error(copyField, $"{label}, copy {c + 1}: is empty.");
                continue;
            }

            var where = copy.LanguageId == 0 ? $"{label}, standard copy" : $"{label}, language {copy.LanguageId}";
            if (copy.LanguageId < 0)
                error(copyField + "." + nameof(CampaignCopy.LanguageId), $"{where}: {copy.LanguageId} is not a language id.");
            else if (copy.LanguageId > 0 && !languages.Add(copy.LanguageId))
                error(copyField + "." + nameof(CampaignCopy.LanguageId), $"{where}: the language has two translations.");
            if (copy.LanguageId == 0 && string.IsNullOrWhiteSpace(copy.Title) && string.IsNullOrWhiteSpace(copy.BodyHtml))
                error(copyField + "." + nameof(CampaignCopy.Title), $"{where}: give a title, a body or both.");

            usesCoupon |= CheckTokens(copy.Title, false, copyField + "." + nameof(CampaignCopy.Title), where + ", title", error);
            usesCoupon |= CheckTokens(copy.BodyHtml, true, copyField + "." + nameof(CampaignCopy.BodyHtml), where + ", body", error);
            usesCoupon |= CheckTokens(copy.CallToActionText, false, copyField + "." + nameof(CampaignCopy.CallToActionText), where + ", call to action text", error);
            usesCoupon |= CheckTokens(copy.CallToActionUrl, false, copyField + "." + nameof(CampaignCopy.CallToActionUrl), where + ", call to action URL", error);
            CheckLinks(copy, copyField, where, error);

            var removed = CampaignHtmlSanitizer.Sanitize(copy.BodyHtml).Removed;
            if (removed.Count > 0)
                warn(copyField + "." + nameof(CampaignCopy.BodyHtml), $"{where}, body: these are not allowed in campaign copy and will be removed: {string.Join("; ", removed.Distinct())}.");
        }

        if (usesCoupon && string.IsNullOrWhiteSpace(variant.CouponCode) && variant.Coupon == null)
            warn(field + "." + nameof(CampaignVariant.CouponCode), $"{label}: the copy shows {{{{{CampaignTokens.CouponCode}}}}} but the variant has no coupon code, so its fallback will show.");
    }

    //true when the text uses the coupon token
    static bool CheckTokens(string text, bool html, string field, string where, Action<string, string> error)
    {
        if (!TokenTemplate.TryParse(text, html, out var template, out var errors))
        {
            foreach (var problem in errors)
                error(field, $"{where}: {problem.Message}");
            return false;
        }

        return template.TokenNames.Contains(CampaignTokens.CouponCode);
    }

    static void CheckLinks(CampaignCopy copy, string field, string where, Action<string, string> error)
    {
        var hasText = !string.IsNullOrWhiteSpace(copy.CallToActionText);
        var hasUrl = !string.IsNullOrWhiteSpace(copy.CallToActionUrl);
        if (copy.LanguageId == 0 && hasText != hasUrl)
            error(field + "." + (hasText ? nameof(CampaignCopy.CallToActionUrl) : nameof(CampaignCopy.CallToActionText)),
                $"{where}: a call to action needs both its text and its URL.");
        //a token's value is URL-encoded when rendered, so it can never add a scheme: check the address around it
        if (hasUrl && !CampaignUrls.IsSafeLinkTemplate(copy.CallToActionUrl))
            error(field + "." + nameof(CampaignCopy.CallToActionUrl),
                $"{where}, call to action URL: '{copy.CallToActionUrl.Trim()}' is not a safe link; use an http or https address, mailto:, tel: or a path on the store.");
        if (!string.IsNullOrWhiteSpace(copy.ImageUrl) && (copy.ImageUrl.Contains("{{", StringComparison.Ordinal) || !CampaignUrls.IsSafeImage(copy.ImageUrl)))
            error(field + "." + nameof(CampaignCopy.ImageUrl),
                $"{where}, image URL: '{copy.ImageUrl.Trim()}' is not an image address this campaign can load; use an http or https address or a path on the store (no tokens).");
    }
}
