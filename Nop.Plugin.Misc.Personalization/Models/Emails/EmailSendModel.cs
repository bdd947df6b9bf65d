using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents one email in the send log: to whom, which email of the flow, why, and what followed
/// </summary>
public record EmailSendModel : BaseNopEntityModel
{
    public string Email { get; set; }

    public int CustomerId { get; set; }

    public int Step { get; set; }

    public string TemplateSystemName { get; set; }

    public DateTime SentOnUtc { get; set; }

    public bool Queued { get; set; }

    public string CouponCode { get; set; }

    public DateTime? OpenedOnUtc { get; set; }

    public DateTime? ClickedOnUtc { get; set; }

    public DateTime? ConvertedOnUtc { get; set; }

    public decimal Revenue { get; set; }

    public string Why { get; set; }
}
