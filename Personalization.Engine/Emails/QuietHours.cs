namespace Personalization.Engine.Emails;

/// <summary>
/// Hours of the day, in the store's time zone, when no email goes out; an email due then waits for their end.
/// </summary>
public sealed record QuietHours
{
    /// <summary>Gets the hour they begin (0-23, store time).</summary>
    public int FromHour { get; init; } = 21;

    /// <summary>Gets the hour they end (0-23, store time, exclusive); below <see cref="FromHour"/> they cross midnight (21 to 8).</summary>
    public int ToHour { get; init; } = 8;

    /// <summary>Gets the first instant at or after <paramref name="nowUtc"/> outside the quiet hours (UTC).</summary>
    public DateTime NextAllowedUtc(DateTime nowUtc, TimeZoneInfo timeZone)
    {
        timeZone ??= TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), timeZone);
        var hour = local.Hour;
        var quiet = FromHour < ToHour ? hour >= FromHour && hour < ToHour : hour >= FromHour || hour < ToHour;
        if (!quiet || FromHour == ToHour)
            return nowUtc;

        //the end is ToHour today, or tomorrow when the window started before midnight
        var end = local.Date.AddHours(ToHour);
        if (end <= local)
            end = end.AddDays(1);
        //an end hour skipped by a daylight-saving change falls on the first valid instant after it
        while (timeZone.IsInvalidTime(end))
            end = end.AddMinutes(30);
        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(end, DateTimeKind.Unspecified), timeZone);
    }
}
