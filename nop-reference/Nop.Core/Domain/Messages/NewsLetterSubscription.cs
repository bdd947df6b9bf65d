namespace Nop.Core.Domain.Messages;

public partial class NewsLetterSubscription : BaseEntity
{
    public string Email { get; set; }

    public bool Active { get; set; }

    public int StoreId { get; set; }
}

public partial class EmailSubscribedEvent
{
    public EmailSubscribedEvent(NewsLetterSubscription subscription)
    {
        Subscription = subscription;
    }

    public NewsLetterSubscription Subscription { get; }
}

public partial class EmailUnsubscribedEvent
{
    public EmailUnsubscribedEvent(NewsLetterSubscription subscription)
    {
        Subscription = subscription;
    }

    public NewsLetterSubscription Subscription { get; }
}
