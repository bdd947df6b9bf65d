namespace Personalization.Engine.Emails;

/// <summary>
/// A product as an email lists it; missing parts (no picture, no price) are left out of its row.
/// </summary>
/// <param name="Name">The product's name in the recipient's language.</param>
/// <param name="Url">The absolute address of its page, already signed for click tracking; null for no link.</param>
/// <param name="ImageUrl">The absolute address of its picture; null for none.</param>
/// <param name="Quantity">How many are in the cart; 0 for a recommendation.</param>
/// <param name="Price">The price as the store formats it; null when unknown.</param>
public sealed record EmailProductLine(string Name, string Url, string ImageUrl, int Quantity, string Price);
