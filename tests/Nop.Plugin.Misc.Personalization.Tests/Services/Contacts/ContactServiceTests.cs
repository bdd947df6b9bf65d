using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Contacts;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Import;
using Personalization.Engine.Profiles;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Contacts;

[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
public class ContactServiceTests(DatabaseKind kind)
{
    static readonly ContactImportMapping NewsletterList = new("email", ContactKeyKind.Email,
    [
        new TraitColumn("list", "newsletter_list", TraitType.Text),
        new TraitColumn("score", "crm_score", TraitType.Number)
    ], "ltv");

    TestDatabase _database;
    ServiceProvider _services;
    Linq2DbRepository<Customer> _customers;
    Linq2DbRepository<ImportedContact> _contacts;
    ContactService _service;

    [SetUp]
    public async Task CreateStore()
    {
        _database = TestDatabase.Create(kind);
        _database.Migrate(new SchemaMigration(), up: true);
        _services = PluginServices.ForWritePath(_database);
        _customers = new Linq2DbRepository<Customer>(_database, "Customer");
        await _customers.CreateTableAsync();
        //nopCommerce keeps the address as the customer typed it
        await _customers.InsertAsync(new Customer { Email = "Ann@Example.com", CustomerGuid = Guid.NewGuid() });
        _contacts = new Linq2DbRepository<ImportedContact>(_database, new PersonalizationNameCompatibility());
        _service = new ContactService(_services.GetRequiredService<IProfileUpdateService>(), _customers, _contacts, TimeProvider.System);
    }

    [TearDown]
    public void DropStore()
    {
        _customers?.Dispose();
        _contacts?.Dispose();
        _services?.Dispose();
        _database?.Dispose();
    }

    int AnnId => _customers.Table.Single().Id;

    Dictionary<string, TraitValue> ProfileTraits(int customerId)
    {
        var profile = _services.GetRequiredService<IRepository<CustomerProfile>>().Table.Single(row => row.CustomerId == customerId);
        return JsonSerializer.Deserialize<CustomerProfileState>(profile.StateJson).Traits.ToDictionary(t => t.Key, t => t.Value);
    }

    [Test]
    public async Task Contacts_are_stored_and_a_customers_address_passes_traits_and_lifetime_value_to_the_profile()
    {
        const string csv = "email,list,score,ltv\nann@example.com,honnold,9,1500\nzoe@example.com,honnold,4,\n";

        var result = await _service.ImportAsync(new StringReader(csv), NewsletterList, dryRun: false);

        Assert.That((result.Added, result.Updated, result.JoinedCustomers), Is.EqualTo((2, 0, 1)));
        Assert.That(_contacts.Table.Select(c => c.Email).ToList(), Is.EquivalentTo(new[] { "ann@example.com", "zoe@example.com" }));
        Assert.That(_contacts.Table.Single(c => c.Email == "zoe@example.com").CustomerId, Is.Zero, "a contact that is not a customer waits for one");
        var traits = ProfileTraits(AnnId);
        Assert.That(traits["newsletter_list"], Is.EqualTo(TraitValue.FromText("honnold")));
        Assert.That(traits["crm_score"], Is.EqualTo(TraitValue.FromNumber(9m)));
        var profile = _services.GetRequiredService<IRepository<CustomerProfile>>().Table.Single(row => row.CustomerId == AnnId);
        Assert.That(profile.LifetimeValue, Is.EqualTo(1500m));
    }

    [Test]
    public async Task A_reimport_updates_contacts_keeps_values_of_empty_cells_and_never_duplicates()
    {
        await _service.ImportAsync(new StringReader("email,list,score,ltv\nzoe@example.com,honnold,4,\n"), NewsletterList, dryRun: false);

        var result = await _service.ImportAsync(new StringReader("email,list,score,ltv\nZOE@example.com,,7,\n"), NewsletterList, dryRun: false);

        Assert.That((result.Added, result.Updated), Is.EqualTo((0, 1)));
        var zoe = _contacts.Table.Single();
        var traits = JsonSerializer.Deserialize<Dictionary<string, TraitValue>>(zoe.TraitsJson);
        Assert.That(traits["newsletter_list"], Is.EqualTo(TraitValue.FromText("honnold")));
        Assert.That(traits["crm_score"], Is.EqualTo(TraitValue.FromNumber(7m)));
    }

    [Test]
    public async Task Broken_rows_are_reported_by_line_and_the_good_rows_are_still_imported()
    {
        const string csv = "email,list,score,ltv\nnot-an-address,honnold,1,\nzoe@example.com,honnold,lots,\nbob@example.com,honnold,3,-5\nann@example.com,honnold,2,\n";

        var result = await _service.ImportAsync(new StringReader(csv), NewsletterList, dryRun: false);

        Assert.That(result.Summary.Errors.Select(e => e.LineNumber), Is.EqualTo(new long[] { 2, 3, 4 }));
        Assert.That(result.Summary.Errors[0].Reason, Does.Contain("not an e-mail address"));
        Assert.That(result.Summary.Errors[1].Reason, Does.Contain("score 'lots' is not a number"));
        Assert.That(result.Summary.Errors[2].Reason, Does.Contain("ltv '-5' is not an amount"));
        Assert.That(_contacts.Table.Select(c => c.Email).ToList(), Is.EqualTo(new[] { "ann@example.com" }));
    }

    [Test]
    public async Task A_dry_run_reports_what_an_import_would_do_and_writes_nothing()
    {
        const string csv = "email,list,score,ltv\nann@example.com,honnold,9,1500\nann@example.com,honnold,8,\nbroken,x,1,\n";

        var result = await _service.ImportAsync(new StringReader(csv), NewsletterList, dryRun: true);

        Assert.That(result.DryRun, Is.True);
        Assert.That((result.Summary.Rows, result.Summary.Contacts, result.Summary.DuplicateCount, result.Summary.ErrorCount), Is.EqualTo((3L, 1L, 1L, 1L)));
        Assert.That(_contacts.Table.Count(), Is.Zero);
        Assert.That(_services.GetRequiredService<IRepository<CustomerProfile>>().Table.Count(), Is.Zero);
    }

    [Test]
    public async Task A_file_without_the_mapped_columns_is_refused_with_the_columns_it_has()
    {
        var result = await _service.ImportAsync(new StringReader("mail,segment\nann@example.com,x\n"), NewsletterList, dryRun: false);

        Assert.That(result.Summary.Errors.Single().Reason, Does.Contain("missing columns: email, list, score, ltv").And.Contain("the file has: mail, segment"));
        Assert.That(_contacts.Table.Count(), Is.Zero);
    }

    [Test]
    public async Task A_contact_joins_the_customer_who_registers_with_its_address()
    {
        await _service.ImportAsync(new StringReader("email,list,score,ltv\nzoe@example.com,honnold,4,250\n"), NewsletterList, dryRun: false);
        var zoe = new Customer { Email = "Zoe@Example.com", CustomerGuid = Guid.NewGuid() };
        await _customers.InsertAsync(zoe);

        await new ContactJoinEventConsumer(_service).HandleEventAsync(new CustomerRegisteredEvent(zoe));

        Assert.That(_contacts.Table.Single().CustomerId, Is.EqualTo(zoe.Id));
        Assert.That(ProfileTraits(zoe.Id)["newsletter_list"], Is.EqualTo(TraitValue.FromText("honnold")));
        Assert.That(await _service.JoinCustomerAsync(zoe.Id, zoe.Email), Is.False, "a contact joins once");
    }

    [Test]
    public async Task A_hundred_thousand_rows_stream_into_the_table_in_batches()
    {
        const int rows = 100_000;

        var result = await _service.ImportAsync(new GeneratedCsvReader(rows), NewsletterList, dryRun: false);

        Assert.That(result.Summary.ErrorCount, Is.Zero);
        Assert.That(result.Added, Is.EqualTo(rows));
        Assert.That(_contacts.Table.Count(), Is.EqualTo(rows));
    }

    /// <summary>A contact file produced line by line as it is read, so no copy of it is ever in memory.</summary>
    sealed class GeneratedCsvReader(int rows) : TextReader
    {
        int _next = -1;
        string _line = string.Empty;
        int _position;

        bool Advance()
        {
            if (_position < _line.Length)
                return true;
            if (_next >= rows)
                return false;
            _line = _next < 0 ? "email,list,score,ltv\n" : $"contact{_next}@example.com,honnold,{_next % 10},{_next % 500}\n";
            _next++;
            _position = 0;
            return true;
        }

        public override int Peek() => Advance() ? _line[_position] : -1;

        public override int Read() => Advance() ? _line[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            var written = 0;
            while (written < count && Advance())
            {
                var n = Math.Min(count - written, _line.Length - _position);
                _line.CopyTo(_position, buffer, index + written, n);
                _position += n;
                written += n;
            }

            return written;
        }
    }
}
