namespace Personalization.Engine.Segments;

/// <summary>
/// The operator names conditions store.
/// </summary>
public static class Comparison
{
    public const string Equal = "eq";
    public const string NotEqual = "neq";
    public const string GreaterThan = "gt";
    public const string GreaterOrEqual = "gte";
    public const string LessThan = "lt";
    public const string LessOrEqual = "lte";
    public const string Between = "between";
    public const string In = "in";
    public const string NotIn = "notIn";
    public const string Contains = "contains";
    public const string StartsWith = "startsWith";
    public const string IsSet = "isSet";
    public const string IsNotSet = "isNotSet";
    public const string IsTrue = "isTrue";
    public const string IsFalse = "isFalse";
    public const string AtLeast = "atLeast";
    public const string AtMost = "atMost";
    public const string Exactly = "exactly";

    /// <summary>Gets the words a description uses for an operator.</summary>
    public static string Words(string op) => op switch
    {
        Equal => "is",
        NotEqual => "is not",
        GreaterThan => "is above",
        GreaterOrEqual => "is at least",
        LessThan => "is below",
        LessOrEqual => "is at most",
        Between => "is between",
        In => "is one of",
        NotIn => "is none of",
        Contains => "contains",
        StartsWith => "starts with",
        IsSet => "is known",
        IsNotSet => "is unknown",
        IsTrue => "is yes",
        IsFalse => "is no",
        AtLeast => "at least",
        AtMost => "at most",
        Exactly => "exactly",
        _ => op
    };
}
