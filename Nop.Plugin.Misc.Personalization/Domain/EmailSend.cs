using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// One email of a run, written before it is queued: its unique (enrollment, step) is what keeps two servers from sending it twice.
/// </summary>
public class EmailSend : BaseEntity
{
    /// <summary>Gets or sets the run.</summary>
    public int EnrollmentId { get; set; }

    /// <summary>Gets or sets the flow.</summary>
    public int FlowId { get; set; }

    /// <summary>Gets or sets the store of the flow (its secret signs the email's links).</summary>
    public int StoreId { get; set; }

    /// <summary>Gets or sets the index of the email in the flow.</summary>
    public int StepIndex { get; set; }

    /// <summary>Gets or sets the customer.</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the address it went to.</summary>
    public string Email { get; set; }

    /// <summary>Gets or sets the message template sent.</summary>
    public string TemplateSystemName { get; set; }

    /// <summary>Gets or sets the nopCommerce queued email; null until queued, or when it could not be (see <see cref="Why"/>).</summary>
    public int? QueuedEmailId { get; set; }

    /// <summary>Gets or sets when it was queued (UTC).</summary>
    public DateTime SentOnUtc { get; set; }

    /// <summary>Gets or sets the variant id; 0 for the flow's own templates.</summary>
    public int VariantId { get; set; }

    /// <summary>Gets or sets the coupon code it carried; null for none.</summary>
    public string CouponCode { get; set; }

    /// <summary>Gets or sets when the recipient first opened it, as its pixel loaded or a link was clicked (UTC); null when never seen.</summary>
    public DateTime? OpenedOnUtc { get; set; }

    /// <summary>Gets or sets when the recipient first clicked a link in it (UTC); null when never.</summary>
    public DateTime? ClickedOnUtc { get; set; }

    /// <summary>Gets or sets when the recipient ordered within the attribution window (UTC); null when not (yet).</summary>
    public DateTime? ConvertedOnUtc { get; set; }

    /// <summary>Gets or sets the converting order's total.</summary>
    public decimal Revenue { get; set; }

    /// <summary>Gets or sets why it was sent (the trigger and the step), or why it could not be queued.</summary>
    public string Why { get; set; }
}
