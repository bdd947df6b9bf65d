namespace Personalization.Engine.Campaigns.Content;

/// <summary>
/// Why a text's tokens are refused, and where.
/// </summary>
/// <param name="Position">The 1-based character position of the token's opening braces.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TokenError(int Position, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
