using Nop.Core.Domain.Messages;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Customers;
using Nop.Services.Messages;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Queues a flow's email with nopCommerce's workflow message service, so the merchant's templates, email accounts,
/// localization and the queued email sending task all apply as they do to the store's own emails.
/// </summary>
public class EmailMessageService : IEmailMessageService
{
    #region Fields

    protected readonly ICustomerService _customerService;
    protected readonly IEmailAccountService _emailAccountService;
    protected readonly IEmailTokenService _emailTokenService;
    protected readonly IMessageTemplateService _messageTemplateService;
    protected readonly IMessageTokenProvider _messageTokenProvider;
    protected readonly IStoreService _storeService;
    protected readonly IWorkflowMessageService _workflowMessageService;
    protected readonly EmailAccountSettings _emailAccountSettings;

    #endregion

    #region Ctor

    public EmailMessageService(ICustomerService customerService,
        IEmailAccountService emailAccountService,
        IEmailTokenService emailTokenService,
        IMessageTemplateService messageTemplateService,
        IMessageTokenProvider messageTokenProvider,
        IStoreService storeService,
        IWorkflowMessageService workflowMessageService,
        EmailAccountSettings emailAccountSettings)
    {
        _customerService = customerService;
        _emailAccountService = emailAccountService;
        _emailTokenService = emailTokenService;
        _messageTemplateService = messageTemplateService;
        _messageTokenProvider = messageTokenProvider;
        _storeService = storeService;
        _workflowMessageService = workflowMessageService;
        _emailAccountSettings = emailAccountSettings;
    }

    #endregion

    #region Utilities

    /// <summary>The template's email account, else the store's default, else the first one.</summary>
    protected virtual async Task<EmailAccount> GetEmailAccountAsync(MessageTemplate template) =>
        await _emailAccountService.GetEmailAccountByIdAsync(template.EmailAccountId)
        ?? await _emailAccountService.GetEmailAccountByIdAsync(_emailAccountSettings.DefaultEmailAccountId)
        ?? (await _emailAccountService.GetAllEmailAccountsAsync()).FirstOrDefault()
        ?? throw new InvalidOperationException("The store has no email account; add one under Configuration > Email accounts.");

    #endregion

    #region Methods

    /// <summary>
    /// Gets the active message template of a store by its system name
    /// </summary>
    /// <param name="systemName">The template's system name</param>
    /// <param name="storeId">Store identifier</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the template; null when there is none, or it is inactive or limited to other stores
    /// </returns>
    public virtual async Task<MessageTemplate> GetActiveTemplateAsync(string systemName, int storeId)
    {
        if (string.IsNullOrWhiteSpace(systemName))
            return null;
        return (await _messageTemplateService.GetMessageTemplatesByNameAsync(systemName, storeId)).FirstOrDefault(template => template.IsActive);
    }

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
    public virtual async Task<int> QueueAsync(MessageTemplate template, EmailSend send, EmailRecipient recipient, string toEmail = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(recipient);
        var account = await GetEmailAccountAsync(template);
        var store = await _storeService.GetStoreByIdAsync(send.StoreId)
            ?? throw new InvalidOperationException($"Store {send.StoreId} of the flow does not exist.");

        var tokens = new List<Token>();
        await _messageTokenProvider.AddStoreTokensAsync(tokens, store, account, recipient.LanguageId);
        if (await _customerService.GetCustomerByIdAsync(send.CustomerId) is { } customer)
            await _messageTokenProvider.AddCustomerTokensAsync(tokens, customer);
        tokens.AddRange(await _emailTokenService.GetTokensAsync(send, recipient));

        return await _workflowMessageService.SendNotificationAsync(template, account, recipient.LanguageId, tokens,
            toEmail ?? recipient.Email, recipient.Name);
    }

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
    public virtual async Task<int?> SendTestAsync(EmailFlow flow, int stepIndex, string toEmail)
    {
        ArgumentNullException.ThrowIfNull(flow);
        if (!EmailFlowMapping.TryRead(flow, out var engineFlow, out var error))
            throw new InvalidOperationException(error);
        if (stepIndex < 0 || stepIndex >= engineFlow.Steps.Count)
            throw new ArgumentOutOfRangeException(nameof(stepIndex), $"The flow has {engineFlow.Steps.Count} emails.");
        var template = await GetActiveTemplateAsync(engineFlow.Steps[stepIndex].TemplateSystemName, flow.StoreId);
        if (template == null)
            return null;

        //an unsaved email (id 0): its signed links verify to nothing, so a test click or unsubscribe records nothing
        var send = new EmailSend { FlowId = flow.Id, StoreId = flow.StoreId, StepIndex = stepIndex, Email = toEmail, TemplateSystemName = template.Name };
        return await QueueAsync(template, send, new EmailRecipient(0, toEmail, string.Empty, 0, true, false), toEmail);
    }

    #endregion
}
