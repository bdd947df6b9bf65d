using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A merchant's triggered email flow: the engine's flow stored as JSON, with the columns the scheduler and the admin filter by.
/// </summary>
public class EmailFlow : BaseEntity
{
    /// <summary>Gets or sets the name the merchant knows it by (the engine flow's name).</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets whether the flow enrolls customers and sends; an inactive flow stops its runs.</summary>
    public bool Active { get; set; }

    /// <summary>Gets or sets the store whose customers it mails and whose message templates it sends.</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets the engine flow as JSON (Personalization.Engine.Emails.EmailFlow through CampaignJson), validated.</summary>
    public string FlowJson { get; set; }

    /// <summary>Gets or sets when the flow was created (UTC).</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>Gets or sets when the flow was last edited (UTC).</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
