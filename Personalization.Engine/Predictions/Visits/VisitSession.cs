using Personalization.Engine.Tracking;

namespace Personalization.Engine.Predictions.Visits;

/// <summary>
/// A finished visit: its context and events in time order, for training.
/// </summary>
public sealed record VisitSession(Guid SessionId, VisitContext Context, IReadOnlyList<VisitorEvent> Events);
