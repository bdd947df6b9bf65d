namespace Personalization.Analyzer.Tests;

/// <summary>
/// A young store's export: a few customers over three months. The analyzer must still write a report, with the
/// churn heuristic stated as such and segment discovery skipped, rather than fail.
/// </summary>
[TestFixture]
public class SmallStoreAnalysisTests
{
    TemporaryFolder _folder;

    [SetUp]
    public void CreateFolder() => _folder = new TemporaryFolder();

    [TearDown]
    public void DeleteFolder() => _folder.Dispose();

    [Test]
    public void Short_history_gives_a_report_with_the_heuristic_and_no_segments()
    {
        var random = new Random(4);
        string[] products = ["Garden chair", "Parasol", "Candle set", "Tea towel", "Shopping bag"];
        var orders = new List<NopCommerceExportWriter.Order>();
        for (var id = 1; id <= 60; id++)
        {
            var items = Enumerable.Range(0, 1 + random.Next(3))
                .Select(_ => products[random.Next(products.Length)]).Distinct()
                .Select(name => new NopCommerceExportWriter.Item(name, name[..3].ToUpperInvariant(), 5 + random.Next(50), 1 + random.Next(3), 0m)).ToList();
            orders.Add(new NopCommerceExportWriter.Order(id, 1 + random.Next(12), "Complete", new DateTime(2025, 1, 1).AddDays(random.Next(90)), 0m, "France", items));
        }

        var path = _folder.File("orders.xlsx");
        NopCommerceExportWriter.Write(path, orders);

        var result = Analysis.Run(OrderFiles.Read([path]), 90, 1, TextWriter.Null, redraw: false);
        var html = HtmlReport.Render(result);

        Assert.That(result.Segments, Is.Null);
        Assert.That(result.Churn.Trained, Is.False);
        Assert.That(html, Does.Contain("Not enough history to train a model").And.Contain("heuristic"));
        Assert.That(html, Does.Contain("too few to find groups"));
        Assert.That(result.Churn.Scores, Has.Count.EqualTo(result.Customers));
    }

    [Test]
    public void Orders_without_a_single_customer_sale_are_refused_with_a_clear_error()
    {
        var path = _folder.File("orders.xlsx");
        NopCommerceExportWriter.Write(path, [new(1, 5, "Cancelled", new DateTime(2025, 1, 1), 0m, "France", [new("A", "A", 10m, 1, 0m)])]);

        Assert.That(() => Analysis.Run(OrderFiles.Read([path]), 90, 1, TextWriter.Null, redraw: false),
            Throws.TypeOf<InvalidDataException>().With.Message.Contains("no sales to a known customer"));
    }
}
