namespace Personalization.Analyzer.Tests;

[TestFixture]
public class AnalyzerArgumentsTests
{
    [Test]
    public void No_arguments_mean_the_embedded_sample_and_the_default_report()
    {
        var arguments = AnalyzerArguments.Parse([]);

        Assert.That(arguments.Orders, Is.Empty);
        Assert.That(arguments.Report, Is.EqualTo(AnalyzerArguments.DefaultReport));
        Assert.That(arguments.HorizonDays, Is.EqualTo(90));
    }

    [Test]
    public void Orders_may_be_repeated_or_separated_by_commas()
    {
        var arguments = AnalyzerArguments.Parse(["--orders", "a.csv, b.xlsx", "--orders", "c.csv.gz", "--report", "out.html", "--horizon-days", "42"]);

        Assert.That(arguments.Orders, Is.EqualTo(new[] { "a.csv", "b.xlsx", "c.csv.gz" }));
        Assert.That(arguments.Report, Is.EqualTo("out.html"));
        Assert.That(arguments.HorizonDays, Is.EqualTo(42));
    }

    [TestCase(new[] { "--order", "a.csv" }, "unknown argument '--order'")]
    [TestCase(new[] { "--orders" }, "--orders needs a value")]
    [TestCase(new[] { "--report", "--orders", "a" }, "--report needs a value")]
    [TestCase(new[] { "--horizon-days", "soon" }, "is not a whole number")]
    [TestCase(new[] { "--horizon-days", "3" }, "between 7 and 365")]
    [TestCase(new[] { "--report", "a", "--report", "b" }, "given twice")]
    public void Bad_arguments_are_refused_with_what_is_wrong(string[] args, string message)
    {
        Assert.That(() => AnalyzerArguments.Parse(args), Throws.ArgumentException.With.Message.Contains(message));
    }
}
