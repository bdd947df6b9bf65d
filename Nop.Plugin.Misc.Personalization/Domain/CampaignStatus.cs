namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// Whether a stored campaign is served.
/// </summary>
public enum CampaignStatus
{
    /// <summary>Being written; never served.</summary>
    Draft = 0,

    /// <summary>Served while its schedule allows.</summary>
    Active = 10,

    /// <summary>Stopped for now; its exposures and results are kept.</summary>
    Paused = 20
}
