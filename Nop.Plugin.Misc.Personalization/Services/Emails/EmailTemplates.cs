using Nop.Core.Domain.Messages;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// The message templates the plugin installs, one per email of the flows a merchant usually starts with. They are
/// ordinary nopCommerce templates: the merchant edits, translates and limits them to stores under Content management
/// &gt; Message templates, and a flow may send any other template as well.
/// </summary>
/// <remarks>
/// Every body ends with the open pixel (<c>%Personalization.OpenPixel%</c>); the bodies stay far below the size at which
/// Gmail clips a message (about 100 KB), which would cut a pixel at the end off. They are installed active: a template only goes out when a flow names it, so an active template no flow uses sends nothing.
/// </remarks>
public static class EmailTemplates
{
    const string Footer =
        "<p style=\"font-size:12px;color:#777\">You receive this email from %Store.Name% because you agreed to hear from us. " +
        "<a href=\"%Personalization.UnsubscribeUrl%\">Unsubscribe</a></p>%Personalization.OpenPixel%";

    /// <summary>Gets the templates: system name, subject, HTML body.</summary>
    public static IReadOnlyList<(string Name, string Subject, string Body)> All { get; } =
    [
        ("Personalization.CartAbandonment.1", "%Store.Name%: you left something in your cart",
            "<p>Hello %Personalization.FirstName%,</p><p>Your cart is still waiting for you:</p>%Personalization.CartItems%" +
            "<p><a href=\"%Personalization.CartUrl%\">Return to your cart</a></p>" + Footer),
        ("Personalization.CartAbandonment.2", "%Store.Name%: your cart is still waiting",
            "<p>Hello %Personalization.FirstName%,</p><p>Your items are still in your cart:</p>" +
            "%Personalization.CartItems%<p><a href=\"%Personalization.CartUrl%\">Complete your order</a></p>" +
            "<p>You might also like:</p>%Personalization.Recommendations%" + Footer),
        ("Personalization.BrowseAbandonment.1", "%Store.Name%: still looking?",
            "<p>Hello %Personalization.FirstName%,</p><p>We picked a few products you might like:</p>%Personalization.Recommendations%" + Footer),
        ("Personalization.PostPurchase.1", "%Store.Name%: goes well with your order",
            "<p>Hello %Personalization.FirstName%,</p><p>Thank you for your order. Customers who bought the same also liked:</p>%Personalization.Recommendations%" + Footer),
        ("Personalization.WinBack.1", "%Store.Name%: we miss you",
            "<p>Hello %Personalization.FirstName%,</p><p>It has been a while. Here is what is new for you:</p>%Personalization.Recommendations%" + Footer),
        ("Personalization.Broadcast.1", "%Store.Name%: news for you",
            "<p>Hello %Personalization.FirstName%,</p>%Personalization.Recommendations%" + Footer)
    ];

    /// <summary>Gets a new template entity of an entry, active, for every store, sent from the store's default email account.</summary>
    public static MessageTemplate ToEntity((string Name, string Subject, string Body) template) => new()
    {
        Name = template.Name,
        Subject = template.Subject,
        Body = template.Body,
        IsActive = true,
        LimitedToStores = false
    };
}
