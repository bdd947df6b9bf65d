using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// What real-time segment evaluation reads about one visitor: the profile, the request's context, the stored scores,
/// the recent events, the cart and the current page. Cached per visitor and replaced as events arrive.
/// </summary>
/// <remarks>
/// The events are also indexed by type, built on first use and kept while the state is cached (a state is replaced,
/// never changed, when events arrive; the copy made by <c>with</c> starts without the index).
/// </remarks>
public sealed record VisitorState
{
    /// <summary>Most recent events a state keeps by default.</summary>
    public const int DefaultMaxEvents = 500;

    VisitorEvent[][] _eventsByType;

    /// <summary>Creates an empty state.</summary>
    public VisitorState()
    {
    }

    //a copy must not inherit the index of the original's events
    VisitorState(VisitorState original)
    {
        Profile = original.Profile;
        Identified = original.Identified;
        NewsletterSubscriber = original.NewsletterSubscriber;
        RoleIds = original.RoleIds;
        StoreId = original.StoreId;
        LanguageId = original.LanguageId;
        Scores = original.Scores;
        Events = original.Events;
        CartProductIds = original.CartProductIds;
        Page = original.Page;
        LoadedOnUtc = original.LoadedOnUtc;
    }

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

    /// <summary>
    /// Gets when the state was read from the stored rows (UTC); events applied since keep it, so a cache can read an
    /// active visitor's state again after a while and pick up what was written straight to the rows (traits, scores, roles).
    /// </summary>
    public DateTime LoadedOnUtc { get; init; }

    /// <summary>
    /// Gets a copy in one request's context: the current store, whether the visitor is logged in, the customer's roles
    /// and the page. The copy shares this state's event index (built here if needed), since its events are the same, so a
    /// cached state is indexed once rather than on every request.
    /// </summary>
    public VisitorState InRequest(int storeId, bool identified, int[] roleIds, PageContext page)
    {
        var copy = this with { StoreId = storeId, Identified = identified, RoleIds = roleIds ?? [], Page = page ?? PageContext.None };
        copy._eventsByType = _eventsByType ??= Index(Events);
        return copy;
    }

    /// <summary>Gets the recent events of one type (by its stored number), oldest first.</summary>
    public VisitorEvent[] EventsOfType(int type)
    {
        //built once per state; two requests racing build equal indexes, and either may win
        var index = _eventsByType ??= Index(Events);
        return (uint)type < (uint)index.Length ? index[type] : [];
    }

    /// <summary>
    /// Gets a copy whose scores are <paramref name="scores"/> (the stored ones with the current visit's outcome scores put
    /// over them); the copy keeps this state's event index, since its events are the same.
    /// </summary>
    public VisitorState WithScores(IReadOnlyDictionary<string, decimal> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var copy = this with { Scores = scores };
        copy._eventsByType = _eventsByType;
        return copy;
    }

    static VisitorEvent[][] Index(VisitorEvent[] events)
    {
        var max = 0;
        foreach (var e in events)
            max = Math.Max(max, (int)e.Type);
        var counts = new int[max + 1];
        foreach (var e in events)
        {
            if (e.Type >= 0)
                counts[(int)e.Type]++;
        }

        var index = new VisitorEvent[max + 1][];
        for (var type = 0; type <= max; type++)
            index[type] = counts[type] == 0 ? [] : new VisitorEvent[counts[type]];
        Array.Clear(counts);
        foreach (var e in events)
        {
            if (e.Type >= 0)
                index[(int)e.Type][counts[(int)e.Type]++] = e;
        }

        return index;
    }
}
