using System.Text;
using Personalization.Engine.Data;

namespace Personalization.Engine.Tests.Data;

[TestFixture]
public class CsvFieldWriterTests
{
    [TestCase("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [TestCase("+1+2")]
    [TestCase("-2+3")]
    [TestCase("@SUM(A1)")]
    [TestCase("\tcmd")]
    public void A_text_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe(string value)
    {
        var field = CsvFieldWriter.Text(value);

        Assert.That(field.TrimStart('"'), Does.StartWith("'" + value[0]));
    }

    [Test]
    public async Task Commas_quotes_and_line_breaks_survive_a_round_trip_through_an_RFC_4180_reader()
    {
        string[] values = ["Smith, Ann", "The \"Boss\"", "two\nlines", "plain", ""];
        var text = new StringWriter();

        await CsvFieldWriter.WriteRecordAsync(text, values.Select(CsvFieldWriter.Text).ToList());

        var fields = new List<string>();
        Assert.That(CsvLineSplitter.TryReadRecord(new StringReader(text.ToString()), fields, new StringBuilder(), out var lines, out var unterminated), Is.True);
        Assert.That(fields, Is.EqualTo(values));
        Assert.That((lines, unterminated), Is.EqualTo((2, false)));
        Assert.That(text.ToString(), Does.EndWith("plain,\r\n"), "records end with CRLF");
    }

    [Test]
    public void Fields_without_special_characters_are_not_quoted()
    {
        Assert.That(CsvFieldWriter.Text("ann@example.com"), Is.EqualTo("ann@example.com"));
        Assert.That(CsvFieldWriter.Text(null), Is.Empty);
    }
}
