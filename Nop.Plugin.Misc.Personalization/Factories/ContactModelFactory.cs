using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Contacts;
using Nop.Plugin.Misc.Personalization.Services.Contacts;
using Nop.Services.Stores;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the contacts page
/// </summary>
public class ContactModelFactory : IContactModelFactory
{
    /// <summary>Largest contact file the import accepts, in megabytes (about two million rows of e-mail and a few traits).</summary>
    public const int MaxImportFileMegabytes = 100;

    #region Fields

    protected readonly IContactService _contactService;
    protected readonly IStoreService _storeService;

    #endregion

    #region Ctor

    public ContactModelFactory(IContactService contactService, IStoreService storeService)
    {
        _contactService = contactService;
        _storeService = storeService;
    }

    #endregion

    #region Utilities

    protected static string DescribeTraits(ImportedContact contact)
    {
        var traits = ContactTraits.Read(contact.TraitsJson);
        return string.Join("; ", traits.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + ": " + t.Value.ToInvariantString()));
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the contacts page: grid filter, import limits and the referral links form
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    public virtual async Task<ContactSearchModel> PrepareContactSearchModelAsync(ContactSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        searchModel.MaxImportFileMegabytes = MaxImportFileMegabytes;
        var links = searchModel.ReferralLinks;
        foreach (var store in await _storeService.GetAllStoresAsync())
            links.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture), store.Id == links.StoreId));

        searchModel.SetGridPageSize();
        return searchModel;
    }

    /// <summary>
    /// Prepares one page of the contacts grid
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page
    /// </returns>
    public virtual async Task<ContactListModel> PrepareContactListModelAsync(ContactSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var pageSize = Math.Max(searchModel.Length, 1);
        var contacts = await _contactService.SearchContactsAsync(searchModel.SearchEmail, searchModel.Start / pageSize, pageSize);

        return new ContactListModel
        {
            Data = contacts.Select(contact => new ContactModel
            {
                Id = contact.Id,
                Email = contact.Email,
                CustomerId = contact.CustomerId,
                Traits = DescribeTraits(contact),
                LifetimeValue = contact.LifetimeValue,
                UpdatedOnUtc = contact.UpdatedOnUtc
            }).ToList(),
            Draw = searchModel.Draw,
            RecordsTotal = contacts.TotalCount,
            RecordsFiltered = contacts.TotalCount
        };
    }

    #endregion
}
