using Personalization.Engine.Data;
using Personalization.Engine.Import;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Tests.Import;

[TestFixture]
public class ContactCsvReaderTests
{
    static readonly ContactImportMapping ByEmail = new("Email", ContactKeyKind.Email,
    [
        new TraitColumn("Plan", "plan", TraitType.Text),
        new TraitColumn("Score", "crm_score", TraitType.Number),
        new TraitColumn("Joined", "joined", TraitType.Date),
        new TraitColumn("Newsletter", "newsletter", TraitType.Boolean)
    ], "LTV");

    static List<ContactUpsert> ReadAll(ContactCsvReader reader)
    {
        var upserts = new List<ContactUpsert>();
        while (reader.TryRead(out var upsert))
            upserts.Add(upsert);
        return upserts;
    }

    [Test]
    public void Rows_become_typed_upserts_keyed_by_normalized_email()
    {
        const string csv = "email,Plan,Score,Joined,Newsletter,LTV\n" +
                           " Ann@Example.COM ,\"Gold, annual\",12.5,2024-02-29,yes,1500.75\n" +
                           "bob@example.com,,,,,\n";

        var upserts = ReadAll(new ContactCsvReader(new StringReader(csv), ByEmail));

        Assert.That(upserts, Has.Count.EqualTo(2));
        var ann = upserts[0];
        Assert.That(ann.Key, Is.EqualTo("ann@example.com"));
        Assert.That(ann.Traits["plan"], Is.EqualTo(TraitValue.FromText("Gold, annual")));
        Assert.That(ann.Traits["crm_score"], Is.EqualTo(TraitValue.FromNumber(12.5m)));
        Assert.That(ann.Traits["joined"], Is.EqualTo(TraitValue.FromDate(new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc))));
        Assert.That(ann.Traits["newsletter"], Is.EqualTo(TraitValue.FromBoolean(true)));
        Assert.That(ann.LifetimeValue, Is.EqualTo(1500.75m));
        Assert.That(ann.LineNumber, Is.EqualTo(2));
        Assert.That(upserts[1].Traits, Is.Empty, "empty cells never erase stored traits");
        Assert.That(upserts[1].LifetimeValue, Is.Null);
    }

    [Test]
    public void Each_bad_row_is_reported_with_its_line_and_reason_and_the_good_rows_kept()
    {
        const string csv = "Email,Plan,Score,Joined,Newsletter,LTV\n" +
                           "not-an-email,a,1,2024-01-01,yes,1\n" +
                           "ok1@example.com,a,1,2024-01-01,yes,1\n" +
                           ",a,1,2024-01-01,yes,1\n" +
                           "x@example.com,a,twelve,2024-01-01,yes,1\n" +
                           "y@example.com,a,1,01/02/2024,yes,1\n" +
                           "z@example.com,a,1,2024-01-01,maybe,1\n" +
                           "w@example.com,a,1,2024-01-01,yes,-5\n" +
                           "\n" +
                           "ok2@example.com,\"multi\nline\",1,2024-01-01,no,1\n" +
                           "v@example.com,\"never closed,1,2024-01-01,no,1\n";

        var reader = new ContactCsvReader(new StringReader(csv), ByEmail);
        var upserts = ReadAll(reader);
        var summary = reader.GetSummary();

        Assert.That(summary.Errors, Is.EqualTo(new[]
        {
            new CsvRowError(2, "Email 'not-an-email' is not an e-mail address"),
            new CsvRowError(4, "Email is empty"),
            new CsvRowError(5, "Score 'twelve' is not a number"),
            new CsvRowError(6, "Joined '01/02/2024' is not a date (expected yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)"),
            new CsvRowError(7, "Newsletter 'maybe' is not a yes/no value (true/false, yes/no, 1/0)"),
            new CsvRowError(8, "LTV '-5' is not an amount of 0 or more"),
            new CsvRowError(12, "a quoted field is never closed")
        }));
        Assert.That(upserts.Select(u => u.Key), Is.EqualTo(new[] { "ok1@example.com", "ok2@example.com" }));
        Assert.That(summary.Rows, Is.EqualTo(9));
        Assert.That(summary.ErrorCount, Is.EqualTo(7));
    }

    [Test]
    public void A_repeated_contact_is_reported_and_its_last_row_wins_when_applied_in_order()
    {
        const string csv = "Email,Plan\n" +
                           "ann@example.com,silver\n" +
                           "bob@example.com,gold\n" +
                           "ANN@example.com,platinum\n";
        var mapping = new ContactImportMapping("Email", ContactKeyKind.Email, [new TraitColumn("Plan", "plan", TraitType.Text)]);

        var reader = new ContactCsvReader(new StringReader(csv), mapping);
        var store = new Dictionary<string, ContactUpsert>();
        foreach (var upsert in ReadAll(reader))
            store[upsert.Key] = upsert;
        var summary = reader.GetSummary();

        Assert.That(store, Has.Count.EqualTo(2));
        Assert.That(store["ann@example.com"].Traits["plan"].Text, Is.EqualTo("platinum"));
        Assert.That(store["ann@example.com"].DuplicateOfLine, Is.EqualTo(2));
        Assert.That(summary.Contacts, Is.EqualTo(2));
        Assert.That(summary.DuplicateCount, Is.EqualTo(1));
        Assert.That(summary.Duplicates.Single(), Is.EqualTo(new ContactImportDuplicate("ann@example.com", 2, 4)));
    }

    [Test]
    public void Re_importing_the_same_contact_updates_it_instead_of_adding_another()
    {
        var mapping = new ContactImportMapping("CustomerID", ContactKeyKind.CustomerId, [new TraitColumn("Plan", "plan", TraitType.Text)], "LTV");
        var profiles = new Dictionary<string, CustomerProfileState>();
        void Import(string csv)
        {
            var reader = new ContactCsvReader(new StringReader(csv), mapping);
            while (reader.TryRead(out var upsert))
            {
                var profile = profiles.GetValueOrDefault(upsert.Key) ?? CustomerProfileState.Empty(upsert.CustomerId!.Value);
                profiles[upsert.Key] = ProfileAggregator.WithImportedTraits(profile, upsert.Traits, upsert.LifetimeValue);
            }
        }

        Import("CustomerID,Plan,LTV\n17,silver,100\n");
        Import("CustomerID,Plan,LTV\n 17 ,gold,\n");

        Assert.That(profiles.Keys, Is.EqualTo(new[] { "17" }));
        Assert.That(profiles["17"].Traits["plan"].Text, Is.EqualTo("gold"));
        Assert.That(profiles["17"].LifetimeValue, Is.EqualTo(100m), "an empty cell keeps the imported value");
    }

    [Test]
    public void A_header_that_lacks_mapped_columns_stops_the_import_with_one_clear_error()
    {
        var reader = new ContactCsvReader(new StringReader("Mail,Plan\nann@example.com,x\n"), ByEmail);

        Assert.That(reader.TryRead(out _), Is.False);
        Assert.That(reader.GetSummary().Errors.Single(), Is.EqualTo(new CsvRowError(1,
            "missing columns: Email, Score, Joined, Newsletter, LTV; the file has: Mail, Plan")));
    }

    [Test]
    public void Preview_shows_the_header_and_only_the_first_rows()
    {
        const string csv = "Email\na@example.com\nbad\nc@example.com\nd@example.com\n";
        var mapping = new ContactImportMapping("Email", ContactKeyKind.Email, []);

        var preview = ContactCsvReader.Preview(new StringReader(csv), mapping, 3);

        Assert.That(preview.Header, Is.EqualTo(new[] { "Email" }));
        Assert.That(preview.Rows.Select(r => r.Key), Is.EqualTo(new[] { "a@example.com", "c@example.com" }));
        Assert.That(preview.Errors.Single().LineNumber, Is.EqualTo(3));
    }

    /// <summary>A CSV file made line by line as it is read, so the test itself never holds the file.</summary>
    sealed class GeneratedContactFile(int rows) : TextReader
    {
        int _line = -1;

        public override string ReadLine()
        {
            _line++;
            if (_line == 0)
                return "Email,Plan,Score,Joined,Newsletter,LTV,Notes";
            if (_line > rows)
                return null;
            //every 10th row repeats a contact from earlier in the file
            var contact = _line % 10 == 0 ? _line - 5 : _line;
            return $"user{contact}@example.com,plan{_line % 7},{_line % 1000}.5,2024-01-{_line % 28 + 1:00},{(_line % 2 == 0 ? "yes" : "no")},{_line},{new string('n', 150)}";
        }
    }

    [Test]
    public void A_hundred_thousand_rows_stream_through_in_little_memory()
    {
        const int rows = 100_000;
        var reader = new ContactCsvReader(new GeneratedContactFile(rows), ByEmail);
        GC.Collect();
        var before = GC.GetTotalMemory(true);

        long upserts = 0;
        long peak = 0;
        while (reader.TryRead(out _))
        {
            //live memory at checkpoints: what a buffering reader would hold grows with every row
            if (++upserts % 25_000 == 0)
                peak = Math.Max(peak, GC.GetTotalMemory(true) - before);
        }

        var retained = GC.GetTotalMemory(true) - before;
        var summary = reader.GetSummary();

        //the file is about 22 MB of text (44 MB as .NET strings); only the key hashes stay
        Assert.That(upserts, Is.EqualTo(rows));
        Assert.That(summary.ErrorCount, Is.Zero);
        Assert.That(summary.DuplicateCount, Is.EqualTo(rows / 10));
        Assert.That(summary.Contacts, Is.EqualTo(rows - rows / 10));
        Assert.That(retained, Is.LessThan(8 * 1024 * 1024), $"retained {retained:N0} bytes");
        Assert.That(peak, Is.LessThan(8 * 1024 * 1024), $"peak {peak:N0} bytes");
    }

    [Test]
    public void Dry_run_counts_what_an_import_would_do()
    {
        const string csv = "Email\na@example.com\nbad\na@example.com\n";

        var summary = ContactCsvReader.DryRun(new StringReader(csv), new ContactImportMapping("Email", ContactKeyKind.Email, []));

        Assert.That((summary.Rows, summary.Upserts, summary.Contacts, summary.ErrorCount, summary.DuplicateCount), Is.EqualTo((3L, 2L, 1L, 1L, 1L)));
    }

    [TestCase("", "every mapped trait needs a name")]
    [TestCase("crm score", "may hold only letters, digits")]
    [TestCase("plan", "the trait \"plan\" is mapped twice")]
    public void A_mapping_with_a_bad_or_repeated_trait_name_stops_the_import_with_the_reason(string secondName, string reason)
    {
        var mapping = new ContactImportMapping("Email", ContactKeyKind.Email,
            [new TraitColumn("Plan", "plan", TraitType.Text), new TraitColumn("Score", secondName, TraitType.Number)]);

        var summary = ContactCsvReader.DryRun(new StringReader("Email,Plan,Score\na@example.com,gold,1\n"), mapping);

        Assert.That(summary.Upserts, Is.Zero);
        Assert.That(summary.Errors.Single().LineNumber, Is.EqualTo(1), "the header line is at fault");
        Assert.That(summary.Errors.Single().Reason, Does.Contain(reason));
    }
}
