using Personalization.Engine.Predictions.Visits;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Predictions;

/// <summary>
/// A customer's most recent visit: its events (oldest first) and how it started.
/// </summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Events">The visit's events.</param>
/// <param name="Context">Returning visitor, device and referral source.</param>
public sealed record LatestVisit(int CustomerId, VisitorEvent[] Events, VisitContext Context);
