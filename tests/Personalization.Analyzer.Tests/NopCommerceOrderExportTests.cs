namespace Personalization.Analyzer.Tests;

[TestFixture]
public class NopCommerceOrderExportTests
{
    TemporaryFolder _folder;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    static readonly DateTime Day = new(2025, 3, 4, 10, 30, 0);

    static NopCommerceExportWriter.Order Order(int id, int customer, string status = "Complete", decimal discount = 0, params NopCommerceExportWriter.Item[] items) =>
        new(id, customer, status, Day.AddDays(id), discount, "Germany", items);

    [Test]
    public void Order_items_become_order_lines_with_their_order_customer_date_and_country()
    {
        var path = _folder.File("orders.xlsx");
        NopCommerceExportWriter.Write(path, [
            Order(10, 5, items: [new("Garden chair", "GC-1", 49.5m, 2, 0), new("Parasol", "", 80m, 1, 0)]),
            Order(11, 6, items: [new("Garden chair", "GC-1", 49.5m, 1, 0)])
        ]);

        var read = NopCommerceOrderExport.Read(path);

        Assert.That(read.Errors, Is.Empty);
        Assert.That(read.Lines, Has.Count.EqualTo(3));
        var first = read.Lines[0];
        Assert.That((first.InvoiceNo, first.StockCode, first.Description, first.Quantity, first.UnitPrice, first.CustomerId, first.Country),
            Is.EqualTo(("10", "GC-1", "Garden chair", 2, 49.5m, (int?)5, "Germany")));
        Assert.That(first.InvoiceDate, Is.EqualTo(Day.AddDays(10)));
        Assert.That(read.Lines[1].StockCode, Is.EqualTo("Parasol"), "an item without a SKU is keyed by its name");
        Assert.That(read.Lines[2].CustomerId, Is.EqualTo(6));
    }

    [Test]
    public void Discounts_of_orders_and_items_are_summed_per_order()
    {
        var path = _folder.File("orders.xlsx");
        NopCommerceExportWriter.Write(path, [
            Order(1, 5, discount: 5m, items: [new("A", "A", 10m, 1, 1.5m)]),
            Order(2, 5, items: [new("A", "A", 10m, 1, 0)])
        ]);

        var read = NopCommerceOrderExport.Read(path);

        Assert.That(read.Discounts, Is.EqualTo(new Dictionary<string, decimal> { ["1"] = 6.5m }));
        Assert.That(read.HasDiscounts, Is.True);
    }

    [Test]
    public void Cancelled_orders_are_read_as_cancellations()
    {
        var path = _folder.File("orders.xlsx");
        NopCommerceExportWriter.Write(path, [Order(3, 5, status: "Cancelled", items: [new("A", "A", 10m, 1, 0)])]);

        var line = NopCommerceOrderExport.Read(path).Lines.Single();

        Assert.That(line.IsCancellation, Is.True);
        Assert.That(line.IsCustomerSale, Is.False);
    }

    [Test]
    public void A_bad_item_row_is_reported_with_its_row_number_and_the_others_are_kept()
    {
        var path = _folder.File("orders.xlsx");
        NopCommerceExportWriter.Write(path, [Order(1, 5, items: [new("A", "A", 10m, "two", 0), new("B", "B", 3m, 4, 0)])]);

        var read = NopCommerceOrderExport.Read(path);

        Assert.That(read.Lines.Select(l => l.StockCode), Is.EqualTo(new[] { "B" }));
        Assert.That(read.Errors.Single().LineNumber, Is.EqualTo(4));
        Assert.That(read.Errors.Single().Reason, Does.Contain("Quantity 'two'"));
    }

    [Test]
    public void An_export_without_products_says_which_setting_to_switch_on()
    {
        var path = _folder.File("orders.xlsx");
        NopCommerceExportWriter.Write(path, [Order(1, 5, items: [new("A", "A", 10m, 1, 0)])], withProducts: false);

        var read = NopCommerceOrderExport.Read(path);

        Assert.That(read.Lines, Is.Empty);
        Assert.That(read.Errors.Single().Reason, Does.Contain("Export orders with products"));
    }

    [Test]
    public void A_workbook_that_is_not_an_order_export_is_refused_with_the_missing_columns()
    {
        var path = _folder.File("other.xlsx");
        using (var workbook = new ClosedXML.Excel.XLWorkbook())
        {
            workbook.Worksheets.Add("Products").Cell(1, 1).Value = "ProductId";
            workbook.SaveAs(path);
        }

        var read = NopCommerceOrderExport.Read(path);

        Assert.That(read.Errors.Single().Reason, Does.Contain("not a nopCommerce order export").And.Contain("OrderId"));
    }
}
