using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Writes a segment's materialized members as CSV.
/// </summary>
public interface ISegmentExportService
{
    /// <summary>
    /// Writes every materialized member of a segment as CSV (header row, RFC 4180 quoting, formula-like text defused), page by page
    /// </summary>
    /// <param name="segment">Segment</param>
    /// <param name="output">Where the CSV goes; the caller chooses the encoding</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the number of members written
    /// </returns>
    Task<int> WriteMembersCsvAsync(Segment segment, TextWriter output);
}
