using System.Globalization;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Data;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Services.Referrals;

/// <summary>
/// The referral report, aggregated by the database: visits and visitors from the sessions' landings, orders and
/// revenue from the orders tracked in those sessions, lifetime values from the referred customers' profiles.
/// </summary>
/// <remarks>
/// An order counts for the source of the visit it was placed in (the session's landing), so a visitor who came back
/// later through a search counts the later order for the search. Each figure is one grouped query; no session, order
/// or customer is loaded into memory, only one row per source and campaign. The queries run synchronously, as the
/// plugin's other aggregations do (nopCommerce's async LINQ helpers are not part of the API the plugin compiles against).
/// </remarks>
public class ReferralReportService : IReferralReportService
{
    /// <summary>The CSV header.</summary>
    public static readonly IReadOnlyList<string> CsvHeader =
        ["source", "campaign", "visits", "visitors", "orders", "revenue", "conversion_rate", "customers", "average_lifetime_value", "store_average_lifetime_value"];

    #region Fields

    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<TrackedEvent> _trackedEventRepository;
    protected readonly IRepository<VisitSession> _visitSessionRepository;

    #endregion

    #region Ctor

    public ReferralReportService(IRepository<CustomerProfile> profileRepository,
        IRepository<TrackedEvent> trackedEventRepository,
        IRepository<VisitSession> visitSessionRepository)
    {
        _profileRepository = profileRepository;
        _trackedEventRepository = trackedEventRepository;
        _visitSessionRepository = visitSessionRepository;
    }

    #endregion

    #region Utilities

    /// <summary>The referred visits that landed in the range.</summary>
    protected virtual IQueryable<VisitSession> Landings(DateTime fromUtc, DateTime toUtc, int storeId)
    {
        var sessions = _visitSessionRepository.Table.Where(session => session.StartedOnUtc >= fromUtc && session.StartedOnUtc < toUtc
            && session.Source != null && session.Source != string.Empty);
        return storeId > 0 ? sessions.Where(session => session.StoreId == storeId) : sessions;
    }

    protected static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    #endregion

    #region Methods

    /// <summary>
    /// Gets the report of the visits that landed in a date range
    /// </summary>
    /// <param name="fromUtc">First moment of the range (UTC)</param>
    /// <param name="toUtc">End of the range (UTC, exclusive)</param>
    /// <param name="storeId">Store identifier; 0 for all stores</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the report
    /// </returns>
    public virtual Task<ReferralReport> GetReportAsync(DateTime fromUtc, DateTime toUtc, int storeId = 0)
    {
        if (toUtc <= fromUtc)
            throw new ArgumentException($"The end of the range ({toUtc:yyyy-MM-dd HH:mm}) must be after its start ({fromUtc:yyyy-MM-dd HH:mm}).", nameof(toUtc));

        var landings = Landings(fromUtc, toUtc, storeId);

        var visits = landings
            .GroupBy(session => new { session.Source, session.Campaign })
            .Select(group => new { group.Key.Source, group.Key.Campaign, Visits = group.Count() })
            .ToList();

        //distinct visitors: group by visitor first, then count the groups
        var visitors = landings
            .GroupBy(session => new { session.Source, session.Campaign, session.VisitorId })
            .Select(group => group.Key)
            .GroupBy(key => new { key.Source, key.Campaign })
            .Select(group => new { group.Key.Source, group.Key.Campaign, Visitors = group.Count() })
            .ToList();

        var orderType = (int)TrackedEventType.OrderPlaced;
        var orders = (from session in landings
                            join order in _trackedEventRepository.Table on session.SessionId equals order.SessionId
                            where order.EventTypeId == orderType
                            group order by new { session.Source, session.Campaign } into grouped
                            select new { grouped.Key.Source, grouped.Key.Campaign, Orders = grouped.Count(), Revenue = grouped.Sum(order => order.Value) })
            .ToList();

        var customers = landings
            .Where(session => session.CustomerId > 0)
            .GroupBy(session => new { session.Source, session.Campaign, session.CustomerId })
            .Select(group => group.Key);
        var values = (from customer in customers
                            join profile in _profileRepository.Table on customer.CustomerId equals profile.CustomerId
                            group profile by new { customer.Source, customer.Campaign } into grouped
                            select new { grouped.Key.Source, grouped.Key.Campaign, Customers = grouped.Count(), Average = grouped.Average(profile => profile.LifetimeValue) })
            .ToList();

        var storeAverage = _profileRepository.Table.Select(profile => (decimal?)profile.LifetimeValue).Average() ?? 0m;

        var rows = visits.Select(row =>
        {
            var visitorCount = visitors.FirstOrDefault(v => v.Source == row.Source && v.Campaign == row.Campaign)?.Visitors ?? 0;
            var ordered = orders.FirstOrDefault(o => o.Source == row.Source && o.Campaign == row.Campaign);
            var value = values.FirstOrDefault(v => v.Source == row.Source && v.Campaign == row.Campaign);
            return new ReferralReportRow(row.Source, row.Campaign, row.Visits, visitorCount, ordered?.Orders ?? 0, ordered?.Revenue ?? 0m,
                value?.Customers ?? 0, Math.Round(value?.Average ?? 0m, 2));
        })
            .OrderByDescending(row => row.Revenue).ThenByDescending(row => row.Visits).ThenBy(row => row.Source).ThenBy(row => row.Campaign)
            .ToList();

        return Task.FromResult(new ReferralReport(rows, Math.Round(storeAverage, 2)));
    }

    /// <summary>
    /// Writes a report as CSV (a header row, then one row per source and campaign)
    /// </summary>
    /// <param name="report">The report</param>
    /// <param name="output">Where to write</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task WriteCsvAsync(ReferralReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        await CsvFieldWriter.WriteRecordAsync(output, CsvHeader);
        foreach (var row in report.Rows)
        {
            //sources and campaigns come from links anyone can write: a formula in them is written as text
            await CsvFieldWriter.WriteRecordAsync(output,
            [
                CsvFieldWriter.Text(row.Source),
                CsvFieldWriter.Text(row.Campaign),
                row.Visits.ToString(CultureInfo.InvariantCulture),
                row.Visitors.ToString(CultureInfo.InvariantCulture),
                row.Orders.ToString(CultureInfo.InvariantCulture),
                Number(row.Revenue),
                row.Visits == 0 ? "0" : Number(Math.Round((decimal)row.Orders / row.Visits, 4)),
                row.Customers.ToString(CultureInfo.InvariantCulture),
                Number(row.AverageLifetimeValue),
                Number(report.StoreAverageLifetimeValue)
            ]);
        }

        await output.FlushAsync();
    }

    #endregion
}
