using ClosedXML.Excel;

namespace Personalization.Analyzer.Tests;

/// <summary>
/// Writes workbooks in the layout of nopCommerce's "Export to Excel" of orders with products, with ClosedXML as
/// nopCommerce does: an order header row, then per order its row, a caption row of item columns (from column 3)
/// and its item rows.
/// </summary>
public static class NopCommerceExportWriter
{
    /// <summary>The order columns nopCommerce 4.90 writes, in its order.</summary>
    public static readonly string[] OrderColumns =
    [
        "OrderId", "StoreId", "OrderGuid", "CustomerId", "CustomerGuid", "OrderStatus", "PaymentStatus", "ShippingStatus",
        "OrderSubtotalInclTax", "OrderSubtotalExclTax", "OrderSubTotalDiscountInclTax", "OrderSubTotalDiscountExclTax",
        "OrderShippingInclTax", "OrderShippingExclTax", "PaymentMethodAdditionalFeeInclTax", "PaymentMethodAdditionalFeeExclTax",
        "TaxRates", "OrderTax", "OrderTotal", "RefundedAmount", "OrderDiscount", "CurrencyRate", "CustomerCurrencyCode",
        "AffiliateId", "PaymentMethodSystemName", "ShippingPickupInStore", "ShippingMethod", "ShippingRateComputationMethodSystemName",
        "CustomValuesXml", "VatNumber", "CreatedOnUtc", "BillingFirstName", "BillingLastName", "BillingEmail", "BillingCompany",
        "BillingCountry"
    ];

    /// <summary>The item columns, in nopCommerce's order.</summary>
    public static readonly string[] ItemColumns =
        ["OrderItemGuid", "Name", "Sku", "PriceExclTax", "PriceInclTax", "Quantity", "DiscountExclTax", "DiscountInclTax", "TotalExclTax", "TotalInclTax"];

    /// <summary>An order to write.</summary>
    public sealed record Order(int Id, int CustomerId, string Status, DateTime CreatedOnUtc, decimal OrderDiscount, string Country, IReadOnlyList<Item> Items);

    /// <summary>An order item to write; <paramref name="Quantity"/> is written as given (text allowed, to test bad rows).</summary>
    public sealed record Item(string Name, string Sku, decimal Price, object Quantity, decimal Discount);

    /// <summary>Writes the workbook to a file.</summary>
    public static void Write(string path, IEnumerable<Order> orders, bool withProducts = true)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Order");
        for (var c = 0; c < OrderColumns.Length; c++)
            sheet.Cell(1, c + 1).Value = OrderColumns[c];
        var row = 2;
        foreach (var order in orders)
        {
            Set(sheet, row, "OrderId", order.Id);
            Set(sheet, row, "StoreId", 1);
            Set(sheet, row, "OrderGuid", Guid.NewGuid().ToString());
            Set(sheet, row, "CustomerId", order.CustomerId);
            Set(sheet, row, "OrderStatus", order.Status);
            Set(sheet, row, "PaymentStatus", "Paid");
            Set(sheet, row, "OrderTotal", order.Items.Sum(i => i.Price * (i.Quantity is int q ? q : 1)));
            Set(sheet, row, "OrderDiscount", order.OrderDiscount);
            Set(sheet, row, "OrderSubTotalDiscountInclTax", 0m);
            Set(sheet, row, "CustomerCurrencyCode", "USD");
            Set(sheet, row, "BillingCountry", order.Country);
            sheet.Cell(row, Array.IndexOf(OrderColumns, "CreatedOnUtc") + 1).Value = order.CreatedOnUtc;
            row++;
            if (!withProducts || order.Items.Count == 0)
                continue;
            for (var c = 0; c < ItemColumns.Length; c++)
                sheet.Cell(row, c + 3).Value = ItemColumns[c];
            foreach (var item in order.Items)
            {
                row++;
                sheet.Cell(row, 3).Value = Guid.NewGuid().ToString();
                sheet.Cell(row, 4).Value = item.Name;
                sheet.Cell(row, 5).Value = item.Sku;
                sheet.Cell(row, 6).Value = item.Price;
                sheet.Cell(row, 7).Value = item.Price;
                sheet.Cell(row, 8).Value = item.Quantity is int quantity ? quantity : item.Quantity.ToString();
                sheet.Cell(row, 9).Value = item.Discount;
                sheet.Cell(row, 10).Value = item.Discount;
            }

            row++;
        }

        workbook.SaveAs(path);
    }

    static void Set(IXLWorksheet sheet, int row, string column, object value) => sheet.Cell(row, Array.IndexOf(OrderColumns, column) + 1).Value = value;
}
