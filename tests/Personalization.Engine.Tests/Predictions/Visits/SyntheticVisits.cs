using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Tests.Predictions.Visits;

/// <summary>
/// Visits with a planted signal: a hidden intent raises product views, cart adds and checkout steps, and with
/// returning visitors (up) and mobile devices (down) sets the chance that the visit ends in an order.
/// </summary>
public static class SyntheticVisits
{
    static readonly DateTime Start = new(2025, 3, 1);

    /// <summary>Generates <paramref name="count"/> finished visits.</summary>
    public static List<VisitSession> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var visits = new List<VisitSession>(count);
        for (var v = 0; v < count; v++)
        {
            var intent = random.NextDouble();
            var returning = random.NextDouble() < 0.4;
            var device = random.NextDouble() < 0.5 ? "mobile" : "desktop";
            var source = random.NextDouble() < 0.3 ? "newsletter" : null;
            var session = Guid.NewGuid();
            var visitor = Guid.NewGuid();
            var time = Start.AddMinutes(v * 7);
            var events = new List<VisitorEvent>();
            void Add(TrackedEventType type, decimal value = 0)
            {
                time = time.AddSeconds(10 + random.Next(90));
                events.Add(new VisitorEvent(type, v + 1, visitor, 1, session, random.Next(1, 500), value, null, time));
            }

            Add(TrackedEventType.PageView);
            var pages = 1 + random.Next(6);
            for (var i = 0; i < pages; i++)
            {
                Add(random.NextDouble() < 0.5 ? TrackedEventType.CategoryView : TrackedEventType.PageView);
                if (random.NextDouble() < 0.2 + 0.7 * intent)
                    Add(TrackedEventType.ProductView);
                if (random.NextDouble() < 0.05 + 0.7 * intent)
                    Add(TrackedEventType.CartAdd, 10 + random.Next(90));
                if (random.NextDouble() < 0.05)
                    Add(TrackedEventType.Search);
            }

            if (random.NextDouble() < intent * 0.8)
                Add(TrackedEventType.CheckoutStep);
            var z = -3.5 + 7 * intent + (returning ? 1.0 : 0) - (device == "mobile" ? 0.7 : 0);
            if (random.NextDouble() < 1 / (1 + Math.Exp(-z)))
                Add(TrackedEventType.OrderPlaced, 50 + random.Next(200));
            else if (random.NextDouble() < 0.5)
                Add(TrackedEventType.PageView);
            visits.Add(new VisitSession(session, new VisitContext(returning, device, source), events));
        }

        return visits;
    }
}
