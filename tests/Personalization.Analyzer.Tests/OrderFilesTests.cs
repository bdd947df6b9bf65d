using System.IO.Compression;

namespace Personalization.Analyzer.Tests;

[TestFixture]
public class OrderFilesTests
{
    TemporaryFolder _folder;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    const string Csv = """
        InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
        536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom
        536366,22633,HAND WARMER UNION JACK,six,2010-12-01 08:28:00,1.85,17850.0,United Kingdom
        """;

    [Test]
    public void Embedded_sample_is_the_documented_subset_of_online_retail()
    {
        var sample = OrderFiles.ReadSample();

        Assert.That(sample.Errors, Is.Empty);
        Assert.That(sample.Lines, Has.Count.EqualTo(47298));
        Assert.That(sample.Lines.Select(l => l.CustomerId).Distinct().Count(), Is.EqualTo(500));
        Assert.That(sample.Description, Does.Contain("CC BY 4.0"));
    }

    [Test]
    public void A_folder_expands_to_its_order_files_in_name_order()
    {
        File.WriteAllText(_folder.File("b.csv"), Csv);
        File.WriteAllText(_folder.File("notes.txt"), "not orders");
        NopCommerceExportWriter.Write(_folder.File("a.xlsx"), []);

        var files = OrderFiles.Expand([_folder.Path]);

        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "a.xlsx", "b.csv" }));
    }

    [Test]
    public void A_missing_path_is_refused_by_name()
    {
        Assert.That(() => OrderFiles.Expand([_folder.File("nope.csv")]), Throws.ArgumentException.With.Message.Contains("nope.csv"));
    }

    [Test]
    public void Csv_gzip_and_excel_files_are_read_together_and_errors_name_their_file()
    {
        var gz = _folder.File("orders.csv.gz");
        using (var gzip = new GZipStream(File.Create(gz), CompressionLevel.Fastest))
        using (var writer = new StreamWriter(gzip))
            writer.Write(Csv);
        var xlsx = _folder.File("store.xlsx");
        NopCommerceExportWriter.Write(xlsx, [new(7, 9, "Complete", new DateTime(2025, 1, 1), 0, "France", [new("Lamp", "L1", 20m, 1, 0)])]);

        var read = OrderFiles.Read([gz, xlsx]);

        Assert.That(read.Lines.Select(l => l.StockCode), Is.EqualTo(new[] { "85123A", "L1" }));
        Assert.That(read.Errors.Single().Reason, Does.StartWith("orders.csv.gz: ").And.Contain("Quantity 'six'"));
        Assert.That(read.Description, Does.Contain("Online Retail CSV").And.Contain("nopCommerce Excel order export"));
    }
}
