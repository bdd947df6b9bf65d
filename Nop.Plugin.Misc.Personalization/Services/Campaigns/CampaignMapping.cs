using Personalization.Engine.Campaigns;
using Campaign = Nop.Plugin.Misc.Personalization.Domain.Campaign;
using EngineCampaign = Personalization.Engine.Campaigns.Campaign;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// Reads the engine campaign a stored campaign holds. The entity id is the campaign's id: the stored JSON does not carry it.
/// </summary>
public static class CampaignMapping
{
    /// <summary>Gets the engine campaign of a stored one, or says why its JSON is not one.</summary>
    public static bool TryRead(Campaign campaign, out EngineCampaign engineCampaign, out string error)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (!CampaignJson.TryRead(campaign.CampaignJson, out engineCampaign, out error))
            return false;

        engineCampaign = engineCampaign with { Id = campaign.Id };
        return true;
    }

    /// <summary>Gets the JSON to store for an engine campaign.</summary>
    public static string Write(EngineCampaign engineCampaign) => CampaignJson.Write(engineCampaign with { Id = 0 });
}
