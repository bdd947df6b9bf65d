namespace Personalization.Engine.Recommendations;

/// <summary>
/// One user-item interaction as read from a source (a purchase line, a rating, a view), before indexing.
/// </summary>
/// <param name="UserId">The user's id in the source.</param>
/// <param name="ItemId">The item's id in the source.</param>
/// <param name="Weight">Strength of the signal (1 for a purchase, the rating for explicit feedback).</param>
/// <param name="Time">When it happened; <see cref="DateTime.MinValue"/> when the source has no time.</param>
public sealed record InteractionRecord(string UserId, string ItemId, float Weight, DateTime Time);
