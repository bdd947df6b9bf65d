namespace Personalization.Analyzer;

/// <summary>
/// One RFM group in the report: its size and its members' mean recency, orders and spend.
/// </summary>
public sealed record RfmGroupSummary(string Name, int Customers, double MeanRecencyDays, double MeanOrders, double MeanSpent);
