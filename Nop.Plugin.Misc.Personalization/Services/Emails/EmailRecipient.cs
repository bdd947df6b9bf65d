namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Where a customer's marketing email goes and whether it may: the address (the account's, else the checkout billing
/// address's, else an imported contact's), the name to greet, the language, and the consent read from the store's
/// newsletter subscriptions.
/// </summary>
/// <param name="CustomerId">The nopCommerce customer.</param>
/// <param name="Email">The address; null when none is known.</param>
/// <param name="Name">The name to greet; empty when unknown.</param>
/// <param name="LanguageId">The customer's language; 0 for the store's default.</param>
/// <param name="HasConsent">Whether marketing email may be sent (a known address and the store's consent rule).</param>
/// <param name="Unsubscribed">Whether the address unsubscribed in this store.</param>
public sealed record EmailRecipient(int CustomerId, string Email, string Name, int LanguageId, bool HasConsent, bool Unsubscribed);
