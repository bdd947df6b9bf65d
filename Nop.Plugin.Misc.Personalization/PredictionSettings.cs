using Nop.Core.Configuration;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization;

/// <summary>
/// Represents the predictions' settings and the version of the models in use, shared by all stores and web-farm nodes
/// (kept in the settings table)
/// </summary>
public class PredictionSettings : ISettings
{
    /// <summary>Gets or sets the event type (Personalization.Engine.Tracking.TrackedEventType) that reaches the merchant's visit goal.</summary>
    public int GoalEventTypeId { get; set; } = (int)TrackedEventType.NewsletterSubscribe;

    /// <summary>Gets or sets the event name that counts for the goal (custom events); null or empty for any.</summary>
    public string GoalEventLabel { get; set; }

    /// <summary>Gets or sets the stamp of the stored models in use; every server reloads its cached models when it changes.</summary>
    public string ModelsVersion { get; set; }

    /// <summary>Gets or sets when the models were last trained (UTC); null before the first training.</summary>
    public DateTime? TrainedOnUtc { get; set; }

    /// <summary>Gets or sets how long the last training took, scoring included, in seconds.</summary>
    public double TrainingSeconds { get; set; }

    /// <summary>Gets or sets how many customers the last training scored.</summary>
    public int ScoredCustomers { get; set; }
}
