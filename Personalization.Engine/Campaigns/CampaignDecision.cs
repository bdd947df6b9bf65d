using Personalization.Engine.Campaigns.Content;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// The campaign a slot of the page gets for a visitor: a variant to show, or control (record the exposure, show nothing).
/// </summary>
/// <param name="Campaign">The campaign (its delivery says when the page's script shows it and whether it can be closed).</param>
/// <param name="Variant">The variant to show; null for control.</param>
/// <param name="Copy">The variant's copy in the visitor's language (or the standard one); null for control.</param>
public readonly record struct CampaignDecision(Campaign Campaign, CampaignVariant Variant, CompiledCopy Copy)
{
    /// <summary>Gets the campaign id.</summary>
    public int CampaignId => Campaign.Id;

    /// <summary>Gets the variant id; 0 for control.</summary>
    public int VariantId => Variant?.Id ?? 0;

    /// <summary>Gets whether the visitor is in the holdout: the exposure is recorded and nothing is shown.</summary>
    public bool IsControl => Variant == null;

    /// <summary>Gets how the campaign appears (the slot it fills).</summary>
    public CampaignPresentation Presentation => Campaign.Presentation;
}
