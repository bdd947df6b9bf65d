using Personalization.Engine.Campaigns.Statistics;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// A flow's results: the experiment of its emailed runs against the held-out ones, and how many of its emails were opened.
/// </summary>
/// <param name="Experiment">The engine's analysis of the runs: conversions, revenue, uplift and the verdict.</param>
/// <param name="Opens">The queued emails and their opens per variant (0 for the steps' own templates), by variant id.</param>
public sealed record EmailFlowReport(ExperimentReport Experiment, IReadOnlyList<EmailOpenCounts> Opens)
{
    /// <summary>Gets the emails of the whole flow, every variant included (a removed one too).</summary>
    public EmailOpenCounts Total => new(0, Opens.Sum(counts => counts.Sent), Opens.Sum(counts => counts.Opened));

    /// <summary>Gets the counts of a variant; zero when it sent nothing.</summary>
    public EmailOpenCounts Of(int variantId) => Opens.FirstOrDefault(counts => counts.VariantId == variantId) ?? new EmailOpenCounts(variantId, 0, 0);
}

/// <summary>
/// The queued emails of a variant and how many were opened (the pixel loaded or a link clicked).
/// </summary>
/// <remarks>
/// An upper bound: Apple Mail Privacy Protection and some scanners load every image of an email on arrival.
/// </remarks>
public sealed record EmailOpenCounts(int VariantId, int Sent, int Opened)
{
    /// <summary>Gets opens per queued email; null while none was queued.</summary>
    public double? OpenRate => Sent == 0 ? null : (double)Opened / Sent;
}
