namespace Personalization.Engine.Data;

/// <summary>
/// One line of an order, as an order export has it (the columns of UCI Online Retail).
/// </summary>
/// <param name="InvoiceNo">Order number; numbers starting with "C" are cancellations.</param>
/// <param name="StockCode">Product code.</param>
/// <param name="Description">Product name.</param>
/// <param name="Quantity">Units; negative on cancellations and returns.</param>
/// <param name="InvoiceDate">When the order was placed.</param>
/// <param name="UnitPrice">Price of one unit.</param>
/// <param name="CustomerId">Customer, or null for a guest order with no customer.</param>
/// <param name="Country">Customer country.</param>
public sealed record OrderLine(
    string InvoiceNo,
    string StockCode,
    string Description,
    int Quantity,
    DateTime InvoiceDate,
    decimal UnitPrice,
    int? CustomerId,
    string Country)
{
    /// <summary>Gets whether the line belongs to a cancellation.</summary>
    public bool IsCancellation => InvoiceNo.StartsWith('C');

    /// <summary>Gets the line total.</summary>
    public decimal Amount => Quantity * UnitPrice;

    /// <summary>
    /// Gets whether the line is a sale to a known customer: customer present, not cancelled, positive quantity and price.
    /// </summary>
    public bool IsCustomerSale => CustomerId.HasValue && !IsCancellation && Quantity > 0 && UnitPrice > 0;
}
