using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// Tells whether a tracked event is a campaign's conversion: it matches the goal, compiled by the segment compiler
/// (the same semantics as a behaviour condition), and falls in the attribution window after the first exposure.
/// </summary>
public sealed class CampaignGoalMatcher
{
    readonly RealTimeSegmentSet _goal;
    readonly TimeSpan _window;

    CampaignGoalMatcher(RealTimeSegmentSet goal, TimeSpan window)
    {
        _goal = goal;
        _window = window;
    }

    /// <summary>Compiles a campaign's goal (the goal must validate).</summary>
    public static CampaignGoalMatcher Compile(Campaign campaign, ISegmentCatalog catalog = null)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var rule = SegmentRule.AllOf(campaign.Goal.ToCondition());
        var set = RealTimeSegmentSet.Compile([KeyValuePair.Create(campaign.Id, rule)], new SegmentCompileContext { Catalog = catalog ?? SegmentCatalog.Empty });
        return new CampaignGoalMatcher(set, TimeSpan.FromDays(campaign.AttributionDays));
    }

    /// <summary>Gets whether the event is of the goal's type and passes its filters.</summary>
    public bool Matches(VisitorEvent visitorEvent)
    {
        ArgumentNullException.ThrowIfNull(visitorEvent);
        //a state holding only this event: "did it at least once" is then "this event matches"
        Span<bool> match = stackalloc bool[1];
        _goal.Evaluate(new VisitorState { Events = [visitorEvent] }, visitorEvent.OccurredOnUtc, match);
        return match[0];
    }

    /// <summary>Gets whether the event counts as the conversion of a visitor first exposed at <paramref name="firstExposureUtc"/>.</summary>
    public bool IsConversion(VisitorEvent visitorEvent, DateTime firstExposureUtc) =>
        visitorEvent.OccurredOnUtc >= firstExposureUtc && visitorEvent.OccurredOnUtc < firstExposureUtc + _window && Matches(visitorEvent);
}
