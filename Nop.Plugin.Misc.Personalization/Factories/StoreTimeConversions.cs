using Nop.Services.Helpers;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Converts the dates an editor shows between UTC (as stored) and the store's default time zone (as the merchant types them).
/// </summary>
public static class StoreTimeConversions
{
    /// <summary>Gets a stored UTC time in the store's time zone; null stays null.</summary>
    public static DateTime? ToStoreTime(this IDateTimeHelper dateTimeHelper, DateTime? utc) =>
        utc is { } value ? dateTimeHelper.ConvertToUserTime(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeZoneInfo.Utc, dateTimeHelper.DefaultStoreTimeZone) : null;

    /// <summary>Gets the UTC time of a time typed in the store's time zone; null stays null.</summary>
    public static DateTime? ToUtc(this IDateTimeHelper dateTimeHelper, DateTime? storeTime) =>
        storeTime is { } value
            ? DateTime.SpecifyKind(dateTimeHelper.ConvertToUtcTime(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), dateTimeHelper.DefaultStoreTimeZone), DateTimeKind.Utc)
            : null;
}
