namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// What referral links to issue: for which store, campaign and landing page, to the contacts that have a trait (or all).
/// </summary>
/// <param name="StoreId">The store whose address and signing secret the links use.</param>
/// <param name="Campaign">The campaign the links are attributed to (letters, digits, '_', '-', '.').</param>
/// <param name="LandingPath">The page of the store the links open, such as "/caulk-sealants"; "/" for the home page.</param>
/// <param name="TraitName">Only contacts that have this imported trait; null or empty for every contact.</param>
/// <param name="TraitValue">With <paramref name="TraitName"/>, only contacts whose trait reads this value (case-insensitive); null or empty for any value.</param>
public sealed record ReferralLinkRequest(int StoreId, string Campaign, string LandingPath, string TraitName = null, string TraitValue = null);
