using Nop.Plugin.Misc.Personalization.Services.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Models.Campaigns;

/// <summary>
/// What a storefront widget zone shows: its inline campaign messages and whether its recommendation slot follows.
/// </summary>
/// <param name="WidgetZone">The zone.</param>
/// <param name="AdditionalData">What the zone passes on to the recommendation slot.</param>
/// <param name="Messages">The inline messages decided for the zone.</param>
/// <param name="Recommendations">Whether the zone holds a recommendation slot.</param>
public sealed record CampaignZoneModel(string WidgetZone, object AdditionalData, IList<CampaignMessage> Messages, bool Recommendations);
