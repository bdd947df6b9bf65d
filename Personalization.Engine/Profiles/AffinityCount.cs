namespace Personalization.Engine.Profiles;

/// <summary>
/// How often a customer interacted with one category or manufacturer.
/// </summary>
public sealed record AffinityCount(int Id, int Count);
