using Nop.Core;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Import;

namespace Nop.Plugin.Misc.Personalization.Services.Contacts;

/// <summary>
/// Imported contacts (CRM exports, newsletter lists): CSV import with traits and lifetime value, joining customers, search.
/// </summary>
public interface IContactService
{
    /// <summary>
    /// Streams a CSV file into the contact table: new contacts are added, known ones updated, contacts that are
    /// customers pass their traits to the customer's profile; with <paramref name="dryRun"/> nothing is written
    /// </summary>
    /// <param name="csv">The file</param>
    /// <param name="mapping">Which column is the key, which are traits, which is the lifetime value</param>
    /// <param name="dryRun">Whether to only check the file</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the counts and every row error
    /// </returns>
    Task<ContactImportResult> ImportAsync(TextReader csv, ContactImportMapping mapping, bool dryRun);

    /// <summary>
    /// Joins the contacts with a customer's address to the customer (called when a customer registers)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="email">The customer's e-mail address</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when a contact was joined
    /// </returns>
    Task<bool> JoinCustomerAsync(int customerId, string email);

    /// <summary>
    /// Gives a visitor who arrived through a contact's referral link the contact's traits, before any login
    /// </summary>
    /// <param name="contactId">Contact identifier (from the signed link)</param>
    /// <param name="customerId">The visitor's customer (usually a guest)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when the contact exists and its traits were applied
    /// </returns>
    Task<bool> IdentifyVisitorAsync(int contactId, int customerId);

    /// <summary>
    /// Gets a page of contacts, newest import first
    /// </summary>
    /// <param name="email">Part of the address to look for; null for all</param>
    /// <param name="pageIndex">Page index</param>
    /// <param name="pageSize">Page size</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the contacts
    /// </returns>
    Task<IPagedList<ImportedContact>> SearchContactsAsync(string email, int pageIndex, int pageSize);
}
