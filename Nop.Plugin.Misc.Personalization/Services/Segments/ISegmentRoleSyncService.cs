using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Keeps the customer role a segment fills equal to its registered members, so nopCommerce discounts, ACL and
/// newsletters can target the segment.
/// </summary>
public interface ISegmentRoleSyncService
{
    /// <summary>
    /// Says why a segment cannot fill its customer role
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the reason; null when the segment fills no role or may fill it
    /// </returns>
    Task<string> GetRoleProblemAsync(Segment segment);

    /// <summary>
    /// Makes the role's customers equal the segment's registered members: adds the missing ones, removes the others
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the customers added to and removed from the role
    /// </returns>
    /// <exception cref="InvalidOperationException">The segment may not fill its role (see <see cref="GetRoleProblemAsync"/>)</exception>
    Task<(int Added, int Removed)> SyncAsync(Segment segment);
}
