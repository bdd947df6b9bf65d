using Personalization.Engine.Data;
using Personalization.Engine.Tests.Infrastructure;

namespace Personalization.Engine.Tests.Data;

[TestFixture]
public class OnlineRetailCsvTests
{
    const string Header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    [Test]
    public void The_full_Online_Retail_data_reads_without_errors_and_cleans_to_its_published_counts()
    {
        var result = OnlineRetailCsv.ReadFiles(SharedDatasets.OnlineRetailFiles);
        var sales = result.Lines.Where(line => line.IsCustomerSale).ToList();

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Lines, Has.Count.EqualTo(541_909));
        Assert.That(sales, Has.Count.EqualTo(397_884));
        Assert.That(sales.Select(line => line.CustomerId).Distinct().Count(), Is.EqualTo(4_338));
        Assert.That(sales.Select(line => line.InvoiceNo).Distinct().Count(), Is.EqualTo(18_532));
    }

    [Test]
    public void Quoted_descriptions_keep_their_commas_and_quotes()
    {
        var csv = Header + "\n" +
            "536381,82567,\"AIRLINE LOUNGE,METAL SIGN\",2,2010-12-01 09:41:00,2.1,15311.0,United Kingdom\n" +
            "536477,22041,\"RECORD FRAME 7\"\" SINGLE SIZE \",48,2010-12-01 12:27:00,2.1,16210.0,United Kingdom\n";

        var result = OnlineRetailCsv.Read(new StringReader(csv));

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Lines.Select(line => line.Description), Is.EqualTo(new[] { "AIRLINE LOUNGE,METAL SIGN", "RECORD FRAME 7\" SINGLE SIZE" }));
        Assert.That(result.Lines[0].CustomerId, Is.EqualTo(15311));
        Assert.That(result.Lines[1].InvoiceDate, Is.EqualTo(new DateTime(2010, 12, 1, 12, 27, 0)));
    }

    [Test]
    public void Each_broken_row_is_reported_with_its_line_and_reason_and_the_good_rows_are_kept()
    {
        var csv = Header + "\n" +
            "536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n" +
            "536366,22633,HAND WARMER,six,2010-12-01 08:28:00,1.85,17850.0,United Kingdom\n" +
            "536367,84879,BIRD ORNAMENT,32,yesterday,1.69,13047.0,United Kingdom\n" +
            "536368,22960,JAM MAKING SET,6,2010-12-01 08:34:00,4.25,13047.5,United Kingdom\n" +
            "536369,21756\n" +
            "C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom\n" +
            "536370,22728,ALARM CLOCK,24,2010-12-01 08:45:00,3.75,,France\n";

        var result = OnlineRetailCsv.Read(new StringReader(csv));

        Assert.That(result.Errors.Select(error => error.LineNumber), Is.EqualTo(new long[] { 3, 4, 5, 6 }));
        Assert.That(result.Errors[0].Reason, Does.Contain("Quantity 'six'"));
        Assert.That(result.Errors[1].Reason, Does.Contain("InvoiceDate 'yesterday'"));
        Assert.That(result.Errors[2].Reason, Does.Contain("CustomerID '13047.5'"));
        Assert.That(result.Errors[3].Reason, Does.Contain("2 fields"));
        Assert.That(result.Lines.Select(line => line.InvoiceNo), Is.EqualTo(new[] { "536365", "C536379", "536370" }));
        Assert.That(result.Lines[1].IsCancellation, Is.True);
        Assert.That(result.Lines[2].CustomerId, Is.Null, "a guest order keeps no customer");
        Assert.That(result.Lines.Count(line => line.IsCustomerSale), Is.EqualTo(1));
    }

    [Test]
    public void A_file_without_the_expected_columns_is_refused_with_the_missing_names()
    {
        var result = OnlineRetailCsv.Read(new StringReader("Order,Sku,Qty\n1,A,2\n"));

        Assert.That(result.Lines, Is.Empty);
        Assert.That(result.Errors.Single().Reason, Does.Contain("InvoiceNo").And.Contain("CustomerID"));
    }
}
