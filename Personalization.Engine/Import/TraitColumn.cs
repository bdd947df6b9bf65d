using Personalization.Engine.Profiles;

namespace Personalization.Engine.Import;

/// <summary>
/// Maps one file column to a profile trait of a given type.
/// </summary>
/// <param name="Column">Header of the column in the file (matched case-insensitively, trimmed).</param>
/// <param name="TraitName">Name of the trait on the profile.</param>
/// <param name="Type">How the cells are read: text, number (invariant, '.' decimal point), date (ISO 8601) or boolean (true/false, yes/no, 1/0).</param>
public sealed record TraitColumn(string Column, string TraitName, TraitType Type)
{
    /// <summary>Longest trait name.</summary>
    public const int NameMaxLength = 64;

    /// <summary>Whether a name can name a trait: 1 to 64 ASCII letters, digits, '_', '-' or '.', so segment rules and tokens can quote it safely.</summary>
    public static bool IsValidName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > NameMaxLength)
            return false;
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
                return false;
        }

        return true;
    }
}
