namespace Personalization.Engine.Campaigns;

/// <summary>
/// The kinds of campaign goals.
/// </summary>
public enum GoalKind
{
    /// <summary>An order placed, of at least a minimum value when one is set.</summary>
    OrderPlaced = 0,

    /// <summary>Any tracked event, narrowed by the segment builder's event filters.</summary>
    Event = 1
}
