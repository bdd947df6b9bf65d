using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Puts a flow's email into nopCommerce's queued emails through its message template, email account and tokens.
/// </summary>
public interface IEmailMessageService
{
    /// <summary>
    /// Gets the active message template of a store by its system name
    /// </summary>
    /// <param name="systemName">The template's system name</param>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the template; null when there is none, or it is inactive or limited to other stores
    /// </returns>
    Task<MessageTemplate> GetActiveTemplateAsync(string systemName, int storeId);

    /// <summary>
    /// Queues an email: the template's localized subject and body in the recipient's language, nopCommerce's store and
    /// customer tokens and the plugin's own
    /// </summary>
    /// <param name="template">The active template</param>
    /// <param name="send">The stored email</param>
    /// <param name="recipient">The recipient</param>
    /// <param name="toEmail">The address to send to; null for the recipient's (a test send names another)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the queued email identifier
    /// </returns>
    Task<int> QueueAsync(MessageTemplate template, EmailSend send, EmailRecipient recipient, string toEmail = null);

    /// <summary>
    /// Queues one email of a flow to an address the merchant names, with sample data: an empty cart, no coupon, links that record nothing
    /// </summary>
    /// <param name="flow">The stored flow</param>
    /// <param name="stepIndex">The email of the flow</param>
    /// <param name="toEmail">The address</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the queued email identifier; null when the step's template is missing or inactive
    /// </returns>
    Task<int?> SendTestAsync(EmailFlow flow, int stepIndex, string toEmail);
}
