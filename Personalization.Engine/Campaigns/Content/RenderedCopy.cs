namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// A variant's copy with its tokens filled in for one visitor.
/// </summary>
/// <param name="Title">The title, plain text (the view encodes it).</param>
/// <param name="BodyHtml">The body, safe HTML to write as it is.</param>
/// <param name="ImageUrl">The image's address; null when none.</param>
/// <param name="CallToActionText">The button's text, plain text; null when none.</param>
/// <param name="CallToActionUrl">The button's address with URL-encoded values; null when none.</param>
/// <param name="CouponCode">The variant's coupon code; null when none.</param>
public sealed record RenderedCopy(string Title, string BodyHtml, string ImageUrl, string CallToActionText, string CallToActionUrl, string CouponCode);
