using System.Globalization;
using ExcelDataReader;
using Personalization.Engine.Data;

namespace Personalization.Analyzer;

/// <summary>
/// Reads nopCommerce's Excel order export (Sales > Orders > Export > Export to Excel) with products:
/// a sheet "Order" whose first row names the order columns (OrderId, CustomerId, OrderStatus, OrderDiscount,
/// OrderSubTotalDiscountInclTax, CreatedOnUtc, BillingCountry...), each order row followed by a caption row of its
/// item columns (OrderItemGuid, Name, Sku, PriceInclTax, Quantity, DiscountInclTax...) and one row per item.
/// </summary>
/// <remarks>
/// Columns are found by their caption, not their position, so exports of other 4.x versions (and vendor exports,
/// which leave some order columns out) read the same. An order row has its OrderId in the first column; item rows
/// start at the third column (where OrderGuid sits for orders, so a GUID there says nothing). The export only carries items when the store's
/// "Export orders with products" order setting is on.
/// </remarks>
public static class NopCommerceOrderExport
{
    const int Cancelled = 40;

    // ExcelDataReader's configuration asks for code page 1252 even for .xlsx; .NET has it only through this provider.
    static NopCommerceOrderExport() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Reads an .xlsx export.</summary>
    public static OrderSource Read(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads an .xlsx export from a stream.</summary>
    public static OrderSource Read(Stream stream, string name)
    {
        var lines = new List<OrderLine>();
        var discounts = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var errors = new List<CsvRowError>();
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);

        Dictionary<string, int> orderColumns = null;
        Dictionary<string, int> itemColumns = null;
        (string Id, int? Customer, DateTime Placed, string Country, bool Cancelled)? order = null;
        var itemsSeen = 0;
        var row = 0;
        while (reader.Read())
        {
            row++;
            var cells = new object[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = reader.GetValue(i);

            if (orderColumns == null)
            {
                orderColumns = Captions(cells);
                var missing = new[] { "OrderId", "CustomerId", "CreatedOnUtc" }.Where(c => !orderColumns.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                    return new OrderSource(name, lines, discounts, [new CsvRowError(1, $"not a nopCommerce order export: the first row lacks {string.Join(", ", missing)}")], true);
                continue;
            }

            if (Array.Exists(cells, c => c is string s && s == "OrderItemGuid"))
            {
                itemColumns = Captions(cells);
                continue;
            }

            if (IsBlank(cells))
                continue;

            var orderId = Text(cells, orderColumns, "OrderId");
            if (orderId.Length > 0 && long.TryParse(orderId, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                order = null;
                if (!TryDate(Cell(cells, orderColumns, "CreatedOnUtc"), out var placed))
                {
                    errors.Add(new CsvRowError(row, $"order {orderId}: CreatedOnUtc '{Cell(cells, orderColumns, "CreatedOnUtc")}' is not a date"));
                    continue;
                }

                int? customer = int.TryParse(Text(cells, orderColumns, "CustomerId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) && c > 0 ? c : null;
                var status = Text(cells, orderColumns, "OrderStatus");
                var cancelled = status == Cancelled.ToString(CultureInfo.InvariantCulture) || status.Equals("Cancelled", StringComparison.OrdinalIgnoreCase);
                var country = Text(cells, orderColumns, "BillingCountry");
                if (country.Length == 0)
                    country = Text(cells, orderColumns, "ShippingCountry");
                order = (orderId, customer, placed, country, cancelled);
                var discount = Number(cells, orderColumns, "OrderDiscount") + Number(cells, orderColumns, "OrderSubTotalDiscountInclTax");
                if (discount > 0)
                    discounts[InvoiceNo(order.Value)] = discount;
                continue;
            }

            if (itemColumns == null || order == null)
            {
                errors.Add(new CsvRowError(row, "a row that is neither an order nor an item of one"));
                continue;
            }

            var product = Text(cells, itemColumns, "Name");
            var sku = Text(cells, itemColumns, "Sku");
            if (!int.TryParse(Text(cells, itemColumns, "Quantity"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity))
            {
                errors.Add(new CsvRowError(row, $"order {order.Value.Id}: Quantity '{Text(cells, itemColumns, "Quantity")}' is not a whole number"));
                continue;
            }

            if (!TryNumber(Cell(cells, itemColumns, "PriceInclTax") ?? Cell(cells, itemColumns, "PriceExclTax"), out var price))
            {
                errors.Add(new CsvRowError(row, $"order {order.Value.Id}: the item price is not a number"));
                continue;
            }

            if (product.Length == 0 && sku.Length == 0)
            {
                errors.Add(new CsvRowError(row, $"order {order.Value.Id}: an item with neither Name nor Sku"));
                continue;
            }

            itemsSeen++;
            var invoice = InvoiceNo(order.Value);
            var itemDiscount = Number(cells, itemColumns, "DiscountInclTax");
            if (itemDiscount > 0)
                discounts[invoice] = discounts.GetValueOrDefault(invoice) + itemDiscount;
            lines.Add(new OrderLine(invoice, sku.Length > 0 ? sku : product, product.Length > 0 ? product : sku, quantity, order.Value.Placed, price, order.Value.Customer, order.Value.Country));
        }

        if (orderColumns == null)
            errors.Add(new CsvRowError(1, "the workbook is empty"));
        else if (itemsSeen == 0 && errors.Count == 0)
            errors.Add(new CsvRowError(2, "the export has orders but no order items: switch on \"Export orders with products\" in Configuration > Settings > Order settings and export again"));
        return new OrderSource(name + " (nopCommerce Excel order export)", lines, discounts, errors, true);
    }

    // Online Retail's convention, which OrderLine follows: a cancelled order's number starts with "C".
    static string InvoiceNo((string Id, int? Customer, DateTime Placed, string Country, bool Cancelled) order) => order.Cancelled ? "C" + order.Id : order.Id;

    static Dictionary<string, int> Captions(object[] cells)
    {
        var captions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is string caption && caption.Trim().Length > 0)
                captions.TryAdd(caption.Trim(), i);
        }

        return captions;
    }

    static bool IsBlank(object[] cells) => Array.TrueForAll(cells, c => c == null || (c is string s && s.Trim().Length == 0));

    static object Cell(object[] cells, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var i) && i < cells.Length ? cells[i] : null;

    static string Text(object[] cells, Dictionary<string, int> columns, string name) =>
        Cell(cells, columns, name) switch
        {
            null => "",
            double d when d == Math.Floor(d) => ((long)d).ToString(CultureInfo.InvariantCulture),
            var value => Convert.ToString(value, CultureInfo.InvariantCulture)!.Trim()
        };

    static decimal Number(object[] cells, Dictionary<string, int> columns, string name) =>
        TryNumber(Cell(cells, columns, name), out var value) ? value : 0m;

    static bool TryNumber(object cell, out decimal value)
    {
        switch (cell)
        {
            case double d:
                value = (decimal)d;
                return true;
            case string s:
                return decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
            default:
                value = 0;
                return false;
        }
    }

    static bool TryDate(object cell, out DateTime date)
    {
        switch (cell)
        {
            case DateTime d:
                date = d;
                return true;
            case double oa:
                date = DateTime.FromOADate(oa);
                return true;
            case string s:
                return DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out date);
            default:
                date = default;
                return false;
        }
    }
}
