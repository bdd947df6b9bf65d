using Nop.Plugin.Misc.Personalization.Services.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// What a storefront widget zone shows: its inline campaign messages, then the plugin's own block of the zone if it has one.
/// </summary>
/// <param name="WidgetZone">The zone.</param>
/// <param name="AdditionalData">What the zone passes on to its block.</param>
/// <param name="Messages">The inline messages decided for the zone.</param>
/// <param name="Block">The view component of the zone's block (a recommendation slot, the free-shipping nudge); null for none.</param>
public sealed record CampaignZoneModel(string WidgetZone, object AdditionalData, IList<CampaignMessage> Messages, Type Block);
