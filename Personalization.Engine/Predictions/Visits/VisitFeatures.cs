using Personalization.Engine.Tracking;

namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// Features of "the visit so far": counts by event type, time in session, cart value, returning visitor, device, referral.
/// </summary>
public static class VisitFeatures
{
    /// <summary>Gets the feature names, in column order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "page views", "product views", "category views", "searches", "cart adds", "cart removes", "wishlist adds",
        "checkout steps", "minutes in visit", "events", "returning visitor", "mobile", "referred", "cart value"
    ];

    /// <summary>Gets the number of features.</summary>
    public const int Count = 14;

    /// <summary>Writes the features of the events so far into <paramref name="destination"/> (length <see cref="Count"/>); allocates nothing.</summary>
    public static void Compute(ReadOnlySpan<VisitorEvent> events, VisitContext context, Span<float> destination)
    {
        destination[..Count].Clear();
        var cartValue = 0f;
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            switch (e.Type)
            {
                case TrackedEventType.PageView: destination[0]++; break;
                case TrackedEventType.ProductView: destination[1]++; break;
                case TrackedEventType.CategoryView: destination[2]++; break;
                case TrackedEventType.Search: destination[3]++; break;
                case TrackedEventType.CartAdd:
                    destination[4]++;
                    cartValue += (float)e.Value;
                    break;
                case TrackedEventType.CartRemove:
                    destination[5]++;
                    cartValue -= (float)e.Value;
                    break;
                case TrackedEventType.WishlistAdd: destination[6]++; break;
                case TrackedEventType.CheckoutStep: destination[7]++; break;
            }
        }

        if (events.Length > 1)
            destination[8] = (float)(events[^1].OccurredOnUtc - events[0].OccurredOnUtc).TotalMinutes;
        destination[9] = events.Length;
        destination[10] = context.Returning ? 1 : 0;
        destination[11] = context.Device is "mobile" or "tablet" ? 1 : 0;
        destination[12] = context.Source != null ? 1 : 0;
        destination[13] = MathF.Max(0, cartValue);
    }

    /// <summary>
    /// Training rows: each visit cut after 1, 2, 4, 8... events, never at or past the goal event; the label says the
    /// visit ended without reaching the goal. Keys are the visit's position in <paramref name="sessions"/>.
    /// </summary>
    public static FeatureTable Examples(IReadOnlyList<VisitSession> sessions, VisitGoal goal)
    {
        var keys = new List<int>();
        var rows = new List<float[]>();
        var labels = new List<bool>();
        for (var s = 0; s < sessions.Count; s++)
        {
            var events = sessions[s].Events.ToArray();
            var reached = -1;
            for (var i = 0; i < events.Length && reached < 0; i++)
            {
                if (goal.IsReachedBy(events[i]))
                    reached = i;
            }

            var limit = reached >= 0 ? reached : events.Length;
            for (var length = 1; length <= limit; length *= 2)
            {
                var row = new float[Count];
                Compute(events.AsSpan(0, length), sessions[s].Context, row);
                keys.Add(s);
                rows.Add(row);
                labels.Add(reached < 0);
            }
        }

        return new FeatureTable(Names, keys.ToArray(), rows.ToArray(), labels.ToArray(), new float[rows.Count]);
    }
}
