using Nop.Core.Domain.Messages;

namespace Nop.Services.Messages;

public partial interface INewsLetterSubscriptionService
{
    Task InsertNewsLetterSubscriptionAsync(NewsLetterSubscription newsLetterSubscription, bool publishSubscriptionEvents = true);

    Task UpdateNewsLetterSubscriptionAsync(NewsLetterSubscription newsLetterSubscription, bool publishSubscriptionEvents = true);

    Task<IList<NewsLetterSubscription>> GetNewsLetterSubscriptionsByEmailAsync(string email, int storeId = 0, int subscriptionTypeId = 0, bool? isActive = null);
}
