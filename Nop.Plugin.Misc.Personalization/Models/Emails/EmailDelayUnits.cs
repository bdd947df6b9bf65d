namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// The units a merchant gives an email's wait in, as their length in minutes (the engine stores minutes)
/// </summary>
public static class EmailDelayUnits
{
    public const int Minute = 1;

    public const int Hour = 60;

    public const int Day = 24 * 60;

    /// <summary>Gets the units, longest first.</summary>
    public static IReadOnlyList<int> All { get; } = [Day, Hour, Minute];

    /// <summary>Gets the longest unit a wait is a whole number of; hours for no wait.</summary>
    public static int Of(int minutes) => minutes == 0 ? Hour : All.First(unit => minutes % unit == 0);
}
