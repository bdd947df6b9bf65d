using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Makes the signed links of an email (click redirects, the open pixel and the one-click unsubscribe) and reads them back.
/// </summary>
public interface IEmailLinkService
{
    /// <summary>
    /// Gets a link that records a click on the email and redirects to a page of the store
    /// </summary>
    /// <param name="send">The email</param>
    /// <param name="storeUrl">The store's URL</param>
    /// <param name="path">The page, a path on the store starting with '/'</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the absolute link
    /// </returns>
    Task<string> GetClickUrlAsync(EmailSend send, string storeUrl, string path);

    /// <summary>
    /// Gets the address of the email's open pixel, a 1x1 image that records the first time the email is shown
    /// </summary>
    /// <param name="send">The email</param>
    /// <param name="storeUrl">The store's URL</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the absolute link
    /// </returns>
    Task<string> GetOpenPixelUrlAsync(EmailSend send, string storeUrl);

    /// <summary>
    /// Gets the one-click unsubscribe link of an email
    /// </summary>
    /// <param name="send">The email</param>
    /// <param name="storeUrl">The store's URL</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the absolute link
    /// </returns>
    Task<string> GetUnsubscribeUrlAsync(EmailSend send, string storeUrl);

    /// <summary>
    /// Gets the email a link's token was signed for
    /// </summary>
    /// <param name="token">The token from the link</param>
    /// <param name="storeId">The store the link was opened in</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the email; null when the token is forged, expired, from another store or its email is gone
    /// </returns>
    Task<EmailSend> GetSendByTokenAsync(string token, int storeId);
}
