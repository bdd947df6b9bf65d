using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;

namespace Personalization.SegmentScale;

/// <summary>
/// One generated customer: the visitor state real-time evaluation reads (profile folded from the events, traits, scores,
/// roles, all events) and the shopping cart lines the store would hold for it.
/// </summary>
/// <param name="State">The state; its events are stored as the event table stores them.</param>
/// <param name="CartLines">The open cart: products added since the last order and not removed.</param>
public sealed record GeneratedVisitor(VisitorState State, IReadOnlyList<OrderLineFacts> CartLines);
