using System.Globalization;
using Nop.Plugin.Misc.Personalization.Models.Referrals;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Services.Catalog;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the referrals report page
/// </summary>
public class ReferralReportModelFactory : IReferralReportModelFactory
{
    /// <summary>Days the report covers when the merchant gives no dates.</summary>
    public const int DefaultDays = 30;

    #region Fields

    protected readonly IPriceFormatter _priceFormatter;
    protected readonly IReferralReportService _referralReportService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public ReferralReportModelFactory(IPriceFormatter priceFormatter,
        IReferralReportService referralReportService,
        TimeProvider timeProvider)
    {
        _priceFormatter = priceFormatter;
        _referralReportService = referralReportService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the range in UTC: the end date counts its whole day.</summary>
    protected virtual (DateTime FromUtc, DateTime ToUtc) RangeOf(ReferralReportSearchModel searchModel)
    {
        var today = _timeProvider.GetUtcNow().UtcDateTime.Date;
        var end = (searchModel.EndDate?.Date ?? today).AddDays(1);
        var start = searchModel.StartDate?.Date ?? end.AddDays(-DefaultDays);
        return (DateTime.SpecifyKind(start, DateTimeKind.Utc), DateTime.SpecifyKind(end, DateTimeKind.Utc));
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the report's date range (the last 30 days unless given) and the store average
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model
    /// </returns>
    public virtual async Task<ReferralReportSearchModel> PrepareReferralReportSearchModelAsync(ReferralReportSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var (fromUtc, toUtc) = RangeOf(searchModel);
        searchModel.StartDate = fromUtc;
        searchModel.EndDate = toUtc.AddDays(-1);
        var report = await _referralReportService.GetReportAsync(fromUtc, toUtc);
        searchModel.StoreAverageLifetimeValue = await _priceFormatter.FormatPriceAsync(report.StoreAverageLifetimeValue);
        searchModel.SetGridPageSize();
        return searchModel;
    }

    /// <summary>
    /// Gets the report for the search model's date range
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the report; null when the range ends before it starts
    /// </returns>
    public virtual async Task<ReferralReport> GetReportAsync(ReferralReportSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var (fromUtc, toUtc) = RangeOf(searchModel);
        return toUtc <= fromUtc ? null : await _referralReportService.GetReportAsync(fromUtc, toUtc);
    }

    /// <summary>
    /// Prepares the grid rows of a report
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <param name="report">The report</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the grid rows
    /// </returns>
    public virtual async Task<ReferralReportListModel> PrepareReferralReportListModelAsync(ReferralReportSearchModel searchModel, ReferralReport report)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        ArgumentNullException.ThrowIfNull(report);

        //a handful of rows per source and campaign: paged here, not in the database
        var pageSize = Math.Max(searchModel.Length, 1);
        var rows = new List<ReferralReportModel>();
        foreach (var row in report.Rows.Skip(searchModel.Start).Take(pageSize))
        {
            rows.Add(new ReferralReportModel
            {
                Source = row.Source,
                Campaign = row.Campaign,
                Visits = row.Visits,
                Visitors = row.Visitors,
                Orders = row.Orders,
                ConversionRate = row.Visits == 0 ? "0 %" : ((decimal)row.Orders / row.Visits).ToString("P1", CultureInfo.InvariantCulture),
                Revenue = await _priceFormatter.FormatPriceAsync(row.Revenue),
                AverageLifetimeValue = row.Customers == 0 ? string.Empty : await _priceFormatter.FormatPriceAsync(row.AverageLifetimeValue),
                //100 is the store's average customer
                LifetimeValueIndex = row.Customers == 0 || report.StoreAverageLifetimeValue <= 0 ? string.Empty
                    : Math.Round(row.AverageLifetimeValue / report.StoreAverageLifetimeValue * 100m).ToString(CultureInfo.InvariantCulture)
            });
        }

        return new ReferralReportListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = report.Rows.Count,
            RecordsFiltered = report.Rows.Count
        };
    }

    #endregion
}
