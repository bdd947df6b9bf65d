using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Gets the plugin's message template tokens of one email: the recipient's cart, recommended products, coupon code,
/// free-shipping gap and the signed cart and unsubscribe links, each with a fallback when its data is missing.
/// </summary>
public interface IEmailTokenService
{
    /// <summary>
    /// Gets the tokens of an email
    /// </summary>
    /// <param name="send">The email, stored (its id signs the links)</param>
    /// <param name="recipient">The recipient</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the tokens, keyed as the templates write them without the '%' around
    /// </returns>
    Task<IList<Token>> GetTokensAsync(EmailSend send, EmailRecipient recipient);
}
