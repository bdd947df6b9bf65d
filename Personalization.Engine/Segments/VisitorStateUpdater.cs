using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// Moves a cached <see cref="VisitorState"/> forward as the visitor's events arrive: profile aggregates, the recent
/// event window and the cart's products.
/// </summary>
public static class VisitorStateUpdater
{
    /// <summary>Applies one event; keeps at most <paramref name="maxEvents"/> recent events (the oldest go first).</summary>
    /// <param name="state">The state before the event.</param>
    /// <param name="e">The event as it is stored, which the recent events keep.</param>
    /// <param name="facts">The facts the profile aggregator looks up.</param>
    /// <param name="maxEvents">Most recent events to keep.</param>
    /// <param name="profileEvent">The event as the profile aggregator reads it, when that differs from the stored one (a stored
    /// quantity the caller turned into an amount); null when it is the same.</param>
    public static VisitorState Apply(VisitorState state, VisitorEvent e, IProfileFacts facts, int maxEvents = VisitorState.DefaultMaxEvents,
        VisitorEvent profileEvent = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(e);
        var keep = Math.Min(state.Events.Length, Math.Max(0, maxEvents - 1));
        var events = new VisitorEvent[keep + 1];
        Array.Copy(state.Events, state.Events.Length - keep, events, 0, keep);
        events[keep] = e;

        return state with
        {
            Profile = ProfileAggregator.Apply(state.Profile, profileEvent ?? e, facts),
            Events = events,
            CartProductIds = Cart(state.CartProductIds, e)
        };
    }

    /// <summary>Sets the page the visitor is on now.</summary>
    public static VisitorState OnPage(VisitorState state, PageContext page) => state with { Page = page ?? PageContext.None };

    static int[] Cart(int[] products, VisitorEvent e)
    {
        switch (e.Type)
        {
            case TrackedEventType.CartAdd when e.EntityId > 0 && Array.IndexOf(products, e.EntityId) < 0:
                return [.. products, e.EntityId];
            case TrackedEventType.CartRemove:
                return Array.FindAll(products, id => id != e.EntityId);
            case TrackedEventType.CartClear:
            case TrackedEventType.OrderPlaced:
                return [];
            default:
                return products;
        }
    }
}
