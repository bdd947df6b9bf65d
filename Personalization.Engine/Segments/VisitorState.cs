using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// What real-time segment evaluation reads about one visitor: the profile, the request's context, the stored scores,
/// the recent events, the cart and the current page. Cached per visitor and replaced as events arrive.
/// </summary>
public sealed record VisitorState
{
    /// <summary>Most recent events a state keeps by default.</summary>
    public const int DefaultMaxEvents = 500;

    /// <summary>Gets the profile.</summary>
    public CustomerProfileState Profile { get; init; } = CustomerProfileState.Empty(0);

    /// <summary>Gets whether the visitor is a registered, logged-in customer.</summary>
    public bool Identified { get; init; }

    /// <summary>Gets whether the visitor's address is subscribed to the store's newsletter.</summary>
    public bool NewsletterSubscriber { get; init; }

    /// <summary>Gets the customer's role ids.</summary>
    public int[] RoleIds { get; init; } = [];

    /// <summary>Gets the current store.</summary>
    public int StoreId { get; init; }

    /// <summary>Gets the current language.</summary>
    public int LanguageId { get; init; }

    /// <summary>Gets the stored predicted scores by model name.</summary>
    public IReadOnlyDictionary<string, decimal> Scores { get; init; } = new Dictionary<string, decimal>();

    /// <summary>Gets the most recent events, oldest first.</summary>
    public VisitorEvent[] Events { get; init; } = [];

    /// <summary>Gets the products in the cart.</summary>
    public int[] CartProductIds { get; init; } = [];

    /// <summary>Gets the current page.</summary>
    public PageContext Page { get; init; } = PageContext.None;
}
