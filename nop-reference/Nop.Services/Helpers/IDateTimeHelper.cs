namespace Nop.Services.Helpers;

public partial interface IDateTimeHelper
{
    DateTime ConvertToUserTime(DateTime dt, TimeZoneInfo sourceTimeZone, TimeZoneInfo destinationTimeZone);

    DateTime ConvertToUtcTime(DateTime dt, TimeZoneInfo sourceTimeZone);

    TimeZoneInfo DefaultStoreTimeZone { get; }
}
