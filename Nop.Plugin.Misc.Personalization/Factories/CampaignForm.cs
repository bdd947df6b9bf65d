using System.Globalization;
using System.Text.RegularExpressions;
using Personalization.Engine.Campaigns;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// The engine campaign an editor form describes, and the way back from the engine's property paths to the form's fields.
/// </summary>
/// <remarks>
/// The form mirrors the engine campaign, so most paths are the field names already. Two differ: the schedule's dates are
/// shown in the store's time zone (StartsOn, not StartsOnUtc), and translations left blank are not stored, so an engine
/// copy index is mapped back to the form's tab.
/// </remarks>
public sealed partial class CampaignForm
{
    readonly IReadOnlyList<IReadOnlyList<int>> _copyIndexes;

    /// <summary>Creates the form's campaign.</summary>
    /// <param name="campaign">The engine campaign</param>
    /// <param name="copyIndexes">Per variant, the form's copy index of each engine copy</param>
    public CampaignForm(Campaign campaign, IReadOnlyList<IReadOnlyList<int>> copyIndexes)
    {
        Campaign = campaign;
        _copyIndexes = copyIndexes;
    }

    /// <summary>Gets the engine campaign.</summary>
    public Campaign Campaign { get; }

    [GeneratedRegex(@"^Variants\[(\d+)\]\.Copies\[(\d+)\]")]
    private static partial Regex CopyPath();

    /// <summary>Gets the form field an engine property path names.</summary>
    public string FieldOf(string path)
    {
        if (string.IsNullOrEmpty(path))
            return string.Empty;
        if (path.StartsWith("Schedule.", StringComparison.Ordinal) && path.EndsWith("OnUtc", StringComparison.Ordinal))
            return path[..^"Utc".Length];

        return CopyPath().Replace(path, match =>
        {
            var variant = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var copy = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var formCopy = variant < _copyIndexes.Count && copy < _copyIndexes[variant].Count ? _copyIndexes[variant][copy] : copy;
            return $"Variants[{variant}].Copies[{formCopy}]";
        });
    }
}
