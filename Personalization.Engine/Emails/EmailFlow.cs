namespace Personalization.Engine.Emails;

/// <summary>
/// A triggered email flow: what starts it, who may enter, the emails it sends and when, what stops it, and how it is measured.
/// </summary>
/// <remarks>Validate with <see cref="EmailFlowValidator"/> before saving; <see cref="EmailPlanner"/> decides each customer's next move.</remarks>
public sealed record EmailFlow
{
    /// <summary>Gets the flow id (the plugin's entity id; it seeds every customer's variant bucket).</summary>
    public int Id { get; init; }

    /// <summary>Gets the name the merchant knows it by.</summary>
    public string Name { get; init; }

    /// <summary>Gets what starts it.</summary>
    public EmailTrigger Trigger { get; init; } = new();

    /// <summary>Gets the segments whose members may enter (any of them); empty for every customer. A broadcast needs one.</summary>
    public IReadOnlyList<int> IncludeSegmentIds { get; init; } = [];

    /// <summary>Gets the segments whose members never enter.</summary>
    public IReadOnlyList<int> ExcludeSegmentIds { get; init; } = [];

    /// <summary>Gets the emails, in order (1-10).</summary>
    public IReadOnlyList<EmailStep> Steps { get; init; } = [];

    /// <summary>Gets the variants under test; empty sends the steps' own templates to everyone outside the holdout.</summary>
    public IReadOnlyList<EmailVariant> Variants { get; init; } = [];

    /// <summary>Gets the percentage of enrolled customers held out (0-90): sent nothing, measured for conversions.</summary>
    public decimal HoldoutPercent { get; init; } = 10m;

    /// <summary>Gets what stops a run early.</summary>
    public EmailStopConditions StopConditions { get; init; } = new();

    /// <summary>Gets the hours no email goes out; null for none.</summary>
    public QuietHours QuietHours { get; init; } = new();

    /// <summary>Gets the cap on emails from all flows; null for none.</summary>
    public EmailFrequencyCap Cap { get; init; } = new();

    /// <summary>Gets how many days after an email (or, held out, after the trigger) an order counts as its conversion (1-90).</summary>
    public int AttributionDays { get; init; } = 7;

    /// <summary>Gets how many days after a run ends the customer may enter again on a new trigger; 0 for never (a broadcast never repeats).</summary>
    public int ReenrollAfterDays { get; init; } = 30;
}
