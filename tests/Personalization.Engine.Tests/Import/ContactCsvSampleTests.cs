using Personalization.Engine.Import;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Tests.Import;

[TestFixture]
public class ContactCsvSampleTests
{
    [Test]
    public void Sample_suggests_the_email_column_as_key_and_a_type_per_column()
    {
        const string csv = "\uFEFFName,E-mail,Subscribed,Score,Joined\n" +
                           "Ann,ann@example.com,yes,12.5,2024-02-29\n" +
                           "Bob,BOB@example.com,no,7,2023-11-01\n";

        var sample = ContactCsvSample.Read(new StringReader(csv), 10);

        Assert.That(sample.Header, Is.EqualTo(new[] { "Name", "E-mail", "Subscribed", "Score", "Joined" }));
        Assert.That(sample.Rows, Has.Count.EqualTo(2));
        Assert.That(sample.SuggestedKeyColumn, Is.EqualTo("E-mail"));
        Assert.That(sample.SuggestedKeyKind, Is.EqualTo(ContactKeyKind.Email));
        Assert.That(sample.SuggestedTypes, Is.EqualTo(new[] { TraitType.Text, TraitType.Text, TraitType.Boolean, TraitType.Number, TraitType.Date }));
    }

    [Test]
    public void One_cell_that_does_not_parse_makes_the_column_text()
    {
        const string csv = "email,score\na@example.com,12\nb@example.com,about 3\n";

        var sample = ContactCsvSample.Read(new StringReader(csv), 10);

        Assert.That(sample.SuggestedTypes[1], Is.EqualTo(TraitType.Text));
    }

    [Test]
    public void A_mistyped_address_in_the_sample_still_suggests_the_email_column_but_a_column_of_names_does_not()
    {
        const string csv = "Name,Email\nAnn,ann@example.com\nBob,bob(at)example.com\nCy,cy@example.com\n";

        var sample = ContactCsvSample.Read(new StringReader(csv), 10);

        Assert.That(sample.SuggestedKeyColumn, Is.EqualTo("Email"));
    }

    [Test]
    public void Without_addresses_a_customer_id_column_is_the_suggested_key()
    {
        const string csv = "Customer ID,LTV\n17,1200\n18,30\n";

        var sample = ContactCsvSample.Read(new StringReader(csv), 10);

        Assert.That(sample.SuggestedKeyColumn, Is.EqualTo("Customer ID"));
        Assert.That(sample.SuggestedKeyKind, Is.EqualTo(ContactKeyKind.CustomerId));
    }

    [Test]
    public void Only_the_asked_number_of_rows_is_read_and_short_rows_are_padded()
    {
        const string csv = "email,plan\na@example.com\nb@example.com,gold\nc@example.com,silver\n";

        var sample = ContactCsvSample.Read(new StringReader(csv), 2);

        Assert.That(sample.Rows, Has.Count.EqualTo(2));
        Assert.That(sample.Rows[0], Is.EqualTo(new[] { "a@example.com", string.Empty }));
    }

    [Test]
    public void An_empty_file_gives_an_empty_header_and_no_key()
    {
        var sample = ContactCsvSample.Read(new StringReader(string.Empty), 10);

        Assert.That(sample.Header, Is.Empty);
        Assert.That(sample.SuggestedKeyColumn, Is.Null);
    }
}
