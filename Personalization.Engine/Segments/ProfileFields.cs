using System.Text.Json;

namespace Personalization.Engine.Segments;

/// <summary>
/// Names and value kinds of <see cref="ProfileField"/>s as rules store them (camelCase).
/// </summary>
public static class ProfileFields
{
    static readonly ProfileField[] AllFields = Enum.GetValues<ProfileField>();
    static readonly string[] Names = Array.ConvertAll(AllFields, field => JsonNamingPolicy.CamelCase.ConvertName(field.ToString()));

    /// <summary>Gets every field's stored name, in enum order.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>Gets a field's stored name.</summary>
    public static string NameOf(ProfileField field) => Names[Array.IndexOf(AllFields, field)];

    /// <summary>Finds a field by its stored name (case-sensitive).</summary>
    public static bool TryParse(string name, out ProfileField field)
    {
        var index = Array.IndexOf(Names, name);
        field = index >= 0 ? AllFields[index] : default;
        return index >= 0;
    }

    /// <summary>Gets a field's value kind.</summary>
    public static FieldKind KindOf(ProfileField field) => field switch
    {
        ProfileField.CartValue or ProfileField.LifetimeValue or ProfileField.AverageOrderValue or ProfileField.DiscountShare => FieldKind.Decimal,
        ProfileField.DaysSinceLastOrder or ProfileField.DaysSinceFirstSeen or ProfileField.DaysSinceLastSeen => FieldKind.Days,
        ProfileField.Device or ProfileField.Country or ProfileField.FirstTouchSource or ProfileField.FirstTouchCampaign
            or ProfileField.LastTouchSource or ProfileField.LastTouchCampaign or ProfileField.PriceTier => FieldKind.Text,
        ProfileField.Identified or ProfileField.NewsletterSubscriber => FieldKind.Flag,
        _ => FieldKind.Integer
    };

    /// <summary>Gets the operators a field of a kind takes.</summary>
    public static IReadOnlyList<string> OperatorsOf(FieldKind kind) => kind switch
    {
        FieldKind.Text => [Comparison.Equal, Comparison.NotEqual, Comparison.In, Comparison.NotIn, Comparison.Contains, Comparison.StartsWith, Comparison.IsSet, Comparison.IsNotSet],
        FieldKind.Flag => [Comparison.IsTrue, Comparison.IsFalse],
        FieldKind.Days => [Comparison.Equal, Comparison.GreaterThan, Comparison.GreaterOrEqual, Comparison.LessThan, Comparison.LessOrEqual, Comparison.Between, Comparison.IsSet, Comparison.IsNotSet],
        _ => [Comparison.Equal, Comparison.NotEqual, Comparison.GreaterThan, Comparison.GreaterOrEqual, Comparison.LessThan, Comparison.LessOrEqual, Comparison.Between]
    };
}
