using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A merchant's on-site campaign: the engine's campaign stored as JSON, with the columns the admin lists and filters by.
/// </summary>
public class Campaign : BaseEntity
{
    /// <summary>Gets or sets the name the merchant knows it by (the engine campaign's name).</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the status identifier (<see cref="CampaignStatus"/>).</summary>
    public int StatusId { get; set; }

    /// <summary>Gets or sets the store it runs in; 0 for every store (the engine campaign's store).</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets its rank among campaigns competing for the same slot (the engine campaign's priority).</summary>
    public int Priority { get; set; }

    /// <summary>Gets or sets when it starts (UTC); null for at once (the engine campaign's schedule).</summary>
    public DateTime? StartsOnUtc { get; set; }

    /// <summary>Gets or sets when it ends (UTC, exclusive); null for never (the engine campaign's schedule).</summary>
    public DateTime? EndsOnUtc { get; set; }

    /// <summary>Gets or sets the engine campaign as JSON (Personalization.Engine.Campaigns.CampaignJson), sanitized.</summary>
    public string CampaignJson { get; set; }

    /// <summary>Gets or sets when the campaign was created (UTC).</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>Gets or sets when the campaign was last edited (UTC).</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
