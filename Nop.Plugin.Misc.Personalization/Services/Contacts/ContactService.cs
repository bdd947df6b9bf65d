using System.Text.Json;
using Nop.Core;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Personalization.Engine.Import;

namespace Nop.Plugin.Misc.Personalization.Services.Contacts;

/// <summary>
/// Streams a contact CSV into the contact table in batches (the file is never held in memory). A contact is found by
/// its normalized address or customer id, so a re-import updates it; traits of empty cells are kept; a contact whose
/// address belongs to a customer passes its traits and lifetime value to the customer's profile.
/// </summary>
public class ContactService : IContactService
{
    /// <summary>Rows written per round trip.</summary>
    public const int BatchSize = 500;

    #region Fields

    protected readonly IProfileUpdateService _profileUpdateService;
    protected readonly IRepository<Customer> _customerRepository;
    protected readonly IRepository<ImportedContact> _contactRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public ContactService(IProfileUpdateService profileUpdateService,
        IRepository<Customer> customerRepository,
        IRepository<ImportedContact> contactRepository,
        TimeProvider timeProvider)
    {
        _profileUpdateService = profileUpdateService;
        _customerRepository = customerRepository;
        _contactRepository = contactRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gives a contact's traits and lifetime value to a customer's profile.</summary>
    protected virtual Task ApplyToProfileAsync(ImportedContact contact, int customerId) =>
        _profileUpdateService.ApplyImportedTraitsAsync(customerId, ContactTraits.Read(contact.TraitsJson), contact.LifetimeValue);

    protected virtual async Task<(int Added, int Updated, int Joined)> WriteBatchAsync(IReadOnlyList<ContactUpsert> batch)
    {
        var emails = batch.Where(u => u.Email != null).Select(u => u.Email).Distinct().ToList();
        var ids = batch.Where(u => u.CustomerId.HasValue).Select(u => u.CustomerId!.Value).Distinct().ToList();

        var known = await _contactRepository.GetAllAsync(query => query.Where(contact =>
            (contact.Email != null && emails.Contains(contact.Email)) || (contact.Email == null && ids.Contains(contact.CustomerId))));
        var byKey = known.ToDictionary(contact => contact.Email ?? contact.CustomerId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        //addresses that already belong to customers (nopCommerce keeps addresses as typed, so compare in lower case)
        var customers = emails.Count == 0
            ? new Dictionary<string, int>()
            : _customerRepository.Table.Where(customer => customer.Email != null && emails.Contains(customer.Email.ToLower()) && !customer.Deleted)
                .Select(customer => new { customer.Id, customer.Email }).ToList()
                .GroupBy(customer => customer.Email.ToLowerInvariant()).ToDictionary(group => group.Key, group => group.Min(customer => customer.Id));

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var added = new List<ImportedContact>();
        var changed = new HashSet<ImportedContact>();
        //rows apply in file order, so the last row of a repeated contact wins
        foreach (var upsert in batch)
        {
            if (!byKey.TryGetValue(upsert.Key, out var contact))
            {
                contact = new ImportedContact { Email = upsert.Email };
                byKey[upsert.Key] = contact;
                added.Add(contact);
            }
            else if (!added.Contains(contact))
                changed.Add(contact);

            if (contact.CustomerId == 0)
                contact.CustomerId = upsert.CustomerId ?? (upsert.Email != null && customers.TryGetValue(upsert.Email, out var id) ? id : 0);

            var traits = ContactTraits.Read(contact.TraitsJson);
            foreach (var (name, value) in upsert.Traits)
                traits[name] = value;
            contact.TraitsJson = JsonSerializer.Serialize(traits);
            contact.LifetimeValue = upsert.LifetimeValue ?? contact.LifetimeValue;
            contact.UpdatedOnUtc = now;
        }

        if (added.Count > 0)
            await _contactRepository.InsertAsync(added, publishEvent: false);
        if (changed.Count > 0)
            await _contactRepository.UpdateAsync(changed.ToList(), publishEvent: false);

        var joined = 0;
        foreach (var contact in added.Concat(changed).Where(contact => contact.CustomerId > 0))
        {
            await ApplyToProfileAsync(contact, contact.CustomerId);
            joined++;
        }

        return (added.Count, changed.Count, joined);
    }

    #endregion

    #region Methods

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
    public virtual async Task<ContactImportResult> ImportAsync(TextReader csv, ContactImportMapping mapping, bool dryRun)
    {
        if (dryRun)
            return new ContactImportResult(ContactCsvReader.DryRun(csv, mapping), 0, 0, 0, true);

        var reader = new ContactCsvReader(csv, mapping);
        var batch = new List<ContactUpsert>(BatchSize);
        int added = 0, updated = 0, joined = 0;
        while (true)
        {
            var more = reader.TryRead(out var upsert);
            if (more)
                batch.Add(upsert);
            if (batch.Count == BatchSize || (!more && batch.Count > 0))
            {
                var (a, u, j) = await WriteBatchAsync(batch);
                added += a;
                updated += u;
                joined += j;
                batch.Clear();
            }

            if (!more)
                break;
        }

        return new ContactImportResult(reader.GetSummary(), added, updated, joined, false);
    }

    /// <summary>
    /// Joins the contacts with a customer's address to the customer (called when a customer registers)
    /// </summary>
    /// <param name="customerId">Customer identifier</param>
    /// <param name="email">The customer's e-mail address</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when a contact was joined
    /// </returns>
    public virtual async Task<bool> JoinCustomerAsync(int customerId, string email)
    {
        if (customerId <= 0 || string.IsNullOrWhiteSpace(email))
            return false;

        var normalized = email.Trim().ToLowerInvariant();
        var contact = (await _contactRepository.GetAllAsync(query => query.Where(row => row.Email == normalized && row.CustomerId == 0))).FirstOrDefault();
        if (contact == null)
            return false;

        contact.CustomerId = customerId;
        await _contactRepository.UpdateAsync(contact, publishEvent: false);
        await ApplyToProfileAsync(contact, customerId);
        return true;
    }

    /// <summary>
    /// Gives a visitor who arrived through a contact's referral link the contact's traits, before any login
    /// </summary>
    /// <param name="contactId">Contact identifier (from the signed link)</param>
    /// <param name="customerId">The visitor's customer (usually a guest)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when the contact exists and its traits were applied
    /// </returns>
    public virtual async Task<bool> IdentifyVisitorAsync(int contactId, int customerId)
    {
        if (contactId <= 0 || customerId <= 0)
            return false;

        var contact = (await _contactRepository.GetAllAsync(query => query.Where(row => row.Id == contactId))).FirstOrDefault();
        if (contact == null)
            return false;

        //the guest's profile carries the traits; they follow the guest into the customer on login (identity merge)
        await ApplyToProfileAsync(contact, customerId);
        return true;
    }

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
    public virtual Task<IPagedList<ImportedContact>> SearchContactsAsync(string email, int pageIndex, int pageSize)
    {
        var part = email?.Trim().ToLowerInvariant();
        return _contactRepository.GetAllPagedAsync(query =>
        {
            if (!string.IsNullOrEmpty(part))
                query = query.Where(contact => contact.Email.Contains(part));
            return query.OrderByDescending(contact => contact.UpdatedOnUtc).ThenByDescending(contact => contact.Id);
        }, pageIndex, pageSize);
    }

    #endregion
}
