namespace Personalization.Engine.Segments;

/// <summary>
/// The members of an event row a condition can test.
/// </summary>
public enum EventMember
{
    /// <summary>The event type as its stored number (int).</summary>
    Type = 0,

    /// <summary>The product, category, manufacturer... (int).</summary>
    EntityId = 1,

    /// <summary>The amount (decimal).</summary>
    Value = 2,

    /// <summary>The short label (string).</summary>
    Label = 3,

    /// <summary>When it happened, UTC (DateTime).</summary>
    OccurredOnUtc = 4
}
