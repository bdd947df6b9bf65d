namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// Issues signed per-recipient referral links for imported contacts (an influencer's newsletter list, a CRM segment).
/// </summary>
public interface IReferralLinkService
{
    /// <summary>
    /// Checks a request; the reasons it cannot be served, or an empty list
    /// </summary>
    /// <param name="request">The links to issue</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the reasons, each naming the field at fault
    /// </returns>
    Task<IList<string>> ValidateAsync(ReferralLinkRequest request);

    /// <summary>
    /// Writes one CSV line per matching contact (email, customer id, link), streaming the contacts page by page
    /// </summary>
    /// <param name="request">A valid request</param>
    /// <param name="output">Where to write the CSV</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of links written
    /// </returns>
    Task<int> WriteLinksAsync(ReferralLinkRequest request, TextWriter output);
}
