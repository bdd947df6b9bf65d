using Nop.Plugin.Misc.Personalization.Models.Contacts;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the contacts page
/// </summary>
public interface IContactModelFactory
{
    /// <summary>
    /// Prepares the contacts page: grid filter, import limits and the referral links form
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    Task<ContactSearchModel> PrepareContactSearchModelAsync(ContactSearchModel searchModel);

    /// <summary>
    /// Prepares one page of the contacts grid
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page
    /// </returns>
    Task<ContactListModel> PrepareContactListModelAsync(ContactSearchModel searchModel);
}
