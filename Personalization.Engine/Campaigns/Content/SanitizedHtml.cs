namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// The merchant's HTML after cleaning, and what the cleaning took out (so the editor can say so).
/// </summary>
/// <param name="Html">The HTML safe to show.</param>
/// <param name="Removed">What was removed, one phrase each ("tag &lt;script&gt;", "attribute onerror of &lt;img&gt;").</param>
public sealed record SanitizedHtml(string Html, IReadOnlyList<string> Removed)
{
    /// <summary>Gets whether the cleaning changed nothing that matters.</summary>
    public bool Unchanged => Removed.Count == 0;
}
