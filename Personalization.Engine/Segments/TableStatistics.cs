namespace Personalization.Engine.Segments;

/// <summary>
/// Row counts the cost estimate of a batch run works from.
/// </summary>
/// <param name="Profiles">Profile rows.</param>
/// <param name="Events">Event rows.</param>
/// <param name="RetentionDays">How many days of events are kept.</param>
public sealed record TableStatistics(long Profiles, long Events, int RetentionDays = 365);
