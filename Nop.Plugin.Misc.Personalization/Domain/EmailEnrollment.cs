using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A customer's run through a flow, started by one triggering act: where it stands, its arm, and which server works on it.
/// </summary>
public class EmailEnrollment : BaseEntity
{
    /// <summary>Gets or sets the flow.</summary>
    public int FlowId { get; set; }

    /// <summary>Gets or sets the nopCommerce customer (a guest with a known address too).</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the address the emails go to.</summary>
    public string Email { get; set; }

    /// <summary>Gets or sets the instant of the triggering act (UTC); one run per flow, customer and act.</summary>
    public DateTime TriggeredOnUtc { get; set; }

    /// <summary>Gets or sets when the customer was enrolled (UTC).</summary>
    public DateTime EnrolledOnUtc { get; set; }

    /// <summary>Gets or sets the index of the next email.</summary>
    public int NextStepIndex { get; set; }

    /// <summary>Gets or sets when the next email is due (UTC).</summary>
    public DateTime NextDueOnUtc { get; set; }

    /// <summary>Gets or sets the status identifier (Personalization.Engine.Emails.EmailEnrollmentStatus).</summary>
    public int StatusId { get; set; }

    /// <summary>Gets or sets why it stopped (Personalization.Engine.Emails.EmailStopReason); 0 when it did not.</summary>
    public int StopReasonId { get; set; }

    /// <summary>Gets or sets the variant id the customer gets; 0 for the flow's own templates. Meaningless when held out.</summary>
    public int VariantId { get; set; }

    /// <summary>Gets or sets whether the customer is held out: sent nothing, measured.</summary>
    public bool HeldOut { get; set; }

    /// <summary>Gets or sets when it ended (UTC); null while active.</summary>
    public DateTime? EndedOnUtc { get; set; }

    /// <summary>Gets or sets the server that claimed it for the current scheduler run; null when free.</summary>
    public string LeaseOwner { get; set; }

    /// <summary>Gets or sets until when the claim holds (UTC); after it another server may take the run over.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    /// <summary>Gets or sets when the customer ordered within the attribution window (UTC); null when not (yet).</summary>
    public DateTime? ConvertedOnUtc { get; set; }

    /// <summary>Gets or sets the converting order's total.</summary>
    public decimal Revenue { get; set; }
}
