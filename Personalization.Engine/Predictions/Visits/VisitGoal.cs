using Personalization.Engine.Tracking;

namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// The event a visit outcome model predicts: a purchase, an add-to-cart, or a goal the merchant picks (type and label).
/// </summary>
/// <param name="Type">The event type that reaches the goal.</param>
/// <param name="Label">For custom events, the event name that counts; null matches any label.</param>
public sealed record VisitGoal(TrackedEventType Type, string Label = null)
{
    /// <summary>Gets the purchase goal.</summary>
    public static VisitGoal Purchase { get; } = new(TrackedEventType.OrderPlaced);

    /// <summary>Gets the add-to-cart goal.</summary>
    public static VisitGoal AddToCart { get; } = new(TrackedEventType.CartAdd);

    /// <summary>Whether an event reaches the goal.</summary>
    public bool IsReachedBy(VisitorEvent e) =>
        e.Type == Type && (Label == null || string.Equals(e.Label, Label, StringComparison.OrdinalIgnoreCase));
}
