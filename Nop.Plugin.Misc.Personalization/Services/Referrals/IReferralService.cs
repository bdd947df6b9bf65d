namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// Records how a browsing session arrived: utm parameters and signed referral links on the landing page.
/// </summary>
public interface IReferralService
{
    /// <summary>
    /// Records the landing of the current session (device, country and referral), once per session
    /// </summary>
    /// <param name="landingUrl">The full address of the requested page</param>
    /// <param name="userAgent">The browser's user agent (for the device)</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result is true when a landing was recorded
    /// </returns>
    Task<bool> CaptureLandingAsync(string landingUrl, string userAgent);
}
