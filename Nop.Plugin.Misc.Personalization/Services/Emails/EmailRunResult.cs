namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// What one scheduler run did.
/// </summary>
public sealed class EmailRunResult
{
    /// <summary>Gets or sets the customers enrolled (held out ones included).</summary>
    public int Enrolled { get; set; }

    /// <summary>Gets or sets the emails queued.</summary>
    public int Sent { get; set; }

    /// <summary>Gets or sets the emails another server had already sent, skipped here.</summary>
    public int Duplicates { get; set; }

    /// <summary>Gets or sets the runs a stop condition ended.</summary>
    public int Stopped { get; set; }

    /// <summary>Gets or sets the runs that sent their last email.</summary>
    public int Completed { get; set; }

    /// <summary>Gets or sets the emails that could not be queued (no active template, no email account...).</summary>
    public int Failed { get; set; }

    /// <summary>Gets or sets whether the run did nothing because another server of the farm held the task's lease and was sending.</summary>
    public bool AnotherServerSending { get; set; }

    /// <summary>Gets or sets whether the run stopped early because its lease lapsed (a batch took longer than the lease) and another server took over.</summary>
    public bool LeaseLost { get; set; }
}
