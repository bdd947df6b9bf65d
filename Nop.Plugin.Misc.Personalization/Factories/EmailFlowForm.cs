using System.Text.RegularExpressions;
using Personalization.Engine.Emails;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// The engine flow an editor form describes, and the way back from the engine's property paths to the form's fields.
/// </summary>
/// <remarks>
/// The form mirrors the engine flow, so most paths are the field names already. Two differ: an email's wait is given in
/// a unit of the merchant's choice (Delay, not DelayMinutes), and a broadcast's time in the store's time zone (SendOn,
/// not SendOnUtc). A flow saved from its JSON has one field for everything, and each issue keeps its path in front.
/// </remarks>
public sealed partial class EmailFlowForm
{
    /// <summary>Creates the form's flow.</summary>
    /// <param name="flow">The engine flow</param>
    /// <param name="fromJson">Whether it was read from the JSON field instead of the form's fields</param>
    public EmailFlowForm(EmailFlow flow, bool fromJson)
    {
        Flow = flow;
        FromJson = fromJson;
    }

    /// <summary>Gets the engine flow.</summary>
    public EmailFlow Flow { get; }

    /// <summary>Gets whether it was read from the JSON field.</summary>
    public bool FromJson { get; }

    [GeneratedRegex(@"^Steps\[(\d+)\]\.DelayMinutes$")]
    private static partial Regex DelayPath();

    /// <summary>Gets the form field an engine property path names.</summary>
    public string FieldOf(string path)
    {
        if (FromJson)
            return nameof(Models.Emails.EmailFlowModel.FlowJson);
        if (string.IsNullOrEmpty(path))
            return string.Empty;
        if (path == $"{nameof(EmailFlow.Trigger)}.{nameof(EmailTrigger.SendOnUtc)}")
            return path[..^"Utc".Length];

        return DelayPath().Replace(path, "Steps[$1].Delay");
    }

    /// <summary>Gets the message an issue shows at its field: with its path in front when every issue shares the JSON field.</summary>
    public string MessageOf(string path, string message) =>
        FromJson && !string.IsNullOrEmpty(path) ? $"{path}: {message}" : message;
}
