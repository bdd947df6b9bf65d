using Personalization.Engine.Campaigns;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Campaigns;

/// <summary>
/// A campaign the engine does not accept; the message lists the engine's errors, each saying where and why.
/// </summary>
public class CampaignValidationException : Exception
{
    /// <summary>Creates the exception for a text that is not a campaign.</summary>
    public CampaignValidationException(string message) : base(message)
    {
        Errors = [new CampaignIssue(IssueSeverity.Error, string.Empty, message)];
    }

    /// <summary>Creates the exception from the engine's validation.</summary>
    public CampaignValidationException(CampaignValidationResult validation)
        : base(string.Join(Environment.NewLine, validation.Errors.Select(issue => issue.Message)))
    {
        Errors = validation.Errors.ToList();
    }

    /// <summary>Creates the exception from errors found outside the engine (in the store's data).</summary>
    public CampaignValidationException(IReadOnlyList<CampaignIssue> errors)
        : base(string.Join(Environment.NewLine, errors.Select(issue => issue.Message)))
    {
        Errors = errors;
    }

    /// <summary>Gets the errors, with the property path a model binder uses.</summary>
    public IReadOnlyList<CampaignIssue> Errors { get; }
}
