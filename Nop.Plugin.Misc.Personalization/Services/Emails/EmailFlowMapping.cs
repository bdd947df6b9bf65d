using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Emails;
using EmailFlow = Nop.Plugin.Misc.Personalization.Domain.EmailFlow;
using EngineFlow = Personalization.Engine.Emails.EmailFlow;

namespace Nop.Plugin.Misc.Personalization.Services.Emails;

/// <summary>
/// Reads the engine flow a stored flow holds (the entity id is the flow's id: the JSON does not carry it) and a stored run as the planner reads it.
/// </summary>
public static class EmailFlowMapping
{
    /// <summary>Gets the engine flow of a stored one, or says why its JSON is not one.</summary>
    public static bool TryRead(EmailFlow flow, out EngineFlow engineFlow, out string error)
    {
        ArgumentNullException.ThrowIfNull(flow);
        if (!CampaignJson.TryRead(flow.FlowJson, out engineFlow, out error))
            return false;

        engineFlow = engineFlow with { Id = flow.Id };
        return true;
    }

    /// <summary>Gets the JSON to store for an engine flow.</summary>
    public static string Write(EngineFlow engineFlow) => CampaignJson.Write(engineFlow with { Id = 0 });

    /// <summary>Gets a stored run as the planner reads it; null for none.</summary>
    public static EmailEnrollmentState ToState(EmailEnrollment enrollment) => enrollment == null ? null : new EmailEnrollmentState
    {
        TriggeredOnUtc = DateTime.SpecifyKind(enrollment.TriggeredOnUtc, DateTimeKind.Utc),
        NextStepIndex = enrollment.NextStepIndex,
        NextDueOnUtc = DateTime.SpecifyKind(enrollment.NextDueOnUtc, DateTimeKind.Utc),
        Status = (EmailEnrollmentStatus)enrollment.StatusId,
        EndedOnUtc = enrollment.EndedOnUtc is { } ended ? DateTime.SpecifyKind(ended, DateTimeKind.Utc) : null
    };
}
