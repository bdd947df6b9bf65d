using System.Globalization;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Data;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Writes a segment's materialized members as CSV.
/// </summary>
public class SegmentExportService : ISegmentExportService
{
    /// <summary>Members read and written per round trip, so a segment of any size never sits in memory.</summary>
    public const int PageSize = 1000;

    /// <summary>Gets the header row.</summary>
    public static IReadOnlyList<string> Header { get; } = ["customer_id", "email", "name", "entered_on_utc", "lifetime_value", "orders", "last_seen_utc"];

    #region Fields

    protected readonly ICustomerSummaryService _customerSummaryService;
    protected readonly ISegmentService _segmentService;

    #endregion

    #region Ctor

    public SegmentExportService(ICustomerSummaryService customerSummaryService, ISegmentService segmentService)
    {
        _customerSummaryService = customerSummaryService;
        _segmentService = segmentService;
    }

    #endregion

    #region Utilities

    protected static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? string.Empty;

    #endregion

    #region Methods

    /// <summary>
    /// Writes every materialized member of a segment as CSV (header row, RFC 4180 quoting, formula-like text defused), page by page
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <param name="output">Where the CSV goes; the caller chooses the encoding</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of members written
    /// </returns>
    public virtual async Task<int> WriteMembersCsvAsync(Segment segment, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(output);

        await CsvFieldWriter.WriteRecordAsync(output, Header);
        var written = 0;
        for (var pageIndex = 0; ; pageIndex++)
        {
            var members = await _segmentService.GetMembersAsync(segment.Id, pageIndex, PageSize);
            var summaries = await _customerSummaryService.GetSummariesAsync(members.Select(member => member.CustomerId).ToList());
            for (var i = 0; i < members.Count; i++)
            {
                var summary = summaries[i];
                await CsvFieldWriter.WriteRecordAsync(output,
                [
                    summary.CustomerId.ToString(CultureInfo.InvariantCulture),
                    CsvFieldWriter.Text(summary.Email),
                    CsvFieldWriter.Text(summary.FullName),
                    Date(members[i].EnteredOnUtc),
                    summary.LifetimeValue.ToString("0.####", CultureInfo.InvariantCulture),
                    summary.OrderCount.ToString(CultureInfo.InvariantCulture),
                    Date(summary.LastSeenOnUtc)
                ]);
            }

            written += members.Count;
            await output.FlushAsync();
            if (members.Count < PageSize)
                return written;
        }
    }

    #endregion
}
