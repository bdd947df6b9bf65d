using Personalization.Engine.Profiles;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Writes the attribute rows batch segments read for profiles that just changed.
/// </summary>
public interface IProfileAttributeService
{
    /// <summary>
    /// Writes the traits, affinities, price tier, roles, identified and newsletter flags, language and the other
    /// column-less fields of profiles, from the profiles and the store's customer data; predicted scores are left as they are
    /// </summary>
    /// <param name="profiles">Profiles just written</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task SaveProfileAttributesAsync(IReadOnlyCollection<CustomerProfileState> profiles);
}
