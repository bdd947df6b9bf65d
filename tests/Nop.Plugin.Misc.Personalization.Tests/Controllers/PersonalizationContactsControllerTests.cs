using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.Personalization.Controllers;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Services.Contacts;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.Personalization.Tests.Controllers;

[TestFixture]
public class PersonalizationContactsControllerTests
{
    TestDatabase _database;
    ServiceProvider _services;
    Linq2DbRepository<Customer> _customers;
    Linq2DbRepository<ImportedContact> _contacts;
    PersonalizationContactsController _controller;

    [SetUp]
    public async Task CreateController()
    {
        _database = TestDatabase.Create(DatabaseKind.Sqlite);
        _database.Migrate(new SchemaMigration(), up: true);
        _services = PluginServices.ForWritePath(_database);
        _customers = new Linq2DbRepository<Customer>(_database, "Customer");
        await _customers.CreateTableAsync();
        _contacts = new Linq2DbRepository<ImportedContact>(_database, new PersonalizationNameCompatibility());
        var contactService = new ContactService(_services.GetRequiredService<IProfileUpdateService>(), _customers, _contacts, TimeProvider.System);
        _controller = new PersonalizationContactsController(Mock.Of<IContactModelFactory>(), contactService, Mock.Of<INotificationService>(), Mock.Of<IReferralLinkService>());
    }

    [TearDown]
    public void Drop()
    {
        _customers?.Dispose();
        _contacts?.Dispose();
        _services?.Dispose();
        _database?.Dispose();
    }

    static IFormFile Csv(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new FormFile(new MemoryStream(bytes), 0, bytes.Length, "file", "contacts.csv");
    }

    static JsonElement Body(IActionResult result) => JsonSerializer.SerializeToElement(result switch
    {
        JsonResult json => json.Value,
        ObjectResult objectResult => objectResult.Value,
        _ => throw new AssertionException($"unexpected result {result.GetType().Name}")
    });

    const string Mapping = """{"keyColumn":"Email","keyKind":0,"lifetimeValueColumn":"LTV","traits":[{"column":"List","traitName":"newsletter_list","type":0}]}""";

    [Test]
    public void Reading_the_columns_suggests_the_key_and_types_and_writes_nothing()
    {
        var result = _controller.ImportColumns(Csv("Email,List,LTV\nann@example.com,honnold,1500\n"));

        var body = Body(result);
        Assert.That(body.GetProperty("header").EnumerateArray().Select(h => h.GetString()), Is.EqualTo(new[] { "Email", "List", "LTV" }));
        Assert.That(body.GetProperty("keyColumn").GetString(), Is.EqualTo("Email"));
        Assert.That(body.GetProperty("types").EnumerateArray().Select(t => t.GetInt32()), Is.EqualTo(new[] { 0, 0, 1 }));
        Assert.That(_contacts.Table.Count(), Is.Zero);
    }

    [Test]
    public void A_missing_or_empty_file_is_refused_with_a_clear_message()
    {
        var missing = (BadRequestObjectResult)_controller.ImportColumns(null);
        var empty = (BadRequestObjectResult)_controller.ImportColumns(Csv(string.Empty));
        var onlyByteOrderMark = (BadRequestObjectResult)_controller.ImportColumns(Csv("\uFEFF"));

        Assert.That(Body(missing).GetProperty("error").GetString(), Is.EqualTo("Choose a CSV file with a header row."));
        Assert.That(Body(empty).GetProperty("error").GetString(), Is.EqualTo("Choose a CSV file with a header row."));
        Assert.That(Body(onlyByteOrderMark).GetProperty("error").GetString(), Is.EqualTo("The file is empty; expected a header row."));
    }

    [TestCase("not json", "could not be read")]
    [TestCase("""{"keyColumn":"","keyKind":0}""", "Choose the column that identifies each contact")]
    [TestCase("""{"keyColumn":"Email","keyKind":7}""", "e-mail addresses or customer IDs")]
    [TestCase("""{"keyColumn":"Email","keyKind":0,"traits":[{"column":"List","traitName":"x","type":9}]}""", "the type of the trait read from the column \"List\"")]
    public async Task A_broken_mapping_is_refused_with_the_reason_and_nothing_is_imported(string mapping, string reason)
    {
        var result = await _controller.Import(Csv("Email,List,LTV\nann@example.com,honnold,1500\n"), mapping, dryRun: false);

        Assert.That(result, Is.TypeOf<BadRequestObjectResult>());
        Assert.That(Body(result).GetProperty("error").GetString(), Does.Contain(reason));
        Assert.That(_contacts.Table.Count(), Is.Zero);
    }

    [Test]
    public async Task An_import_answers_with_the_counts_and_each_refused_line()
    {
        var result = await _controller.Import(Csv("Email,List,LTV\nann@example.com,honnold,1500\nbroken,honnold,\nzoe@example.com,honnold,x\n"), Mapping, dryRun: false);

        var body = Body(result);
        Assert.That(body.GetProperty("rows").GetInt64(), Is.EqualTo(3));
        Assert.That(body.GetProperty("added").GetInt32(), Is.EqualTo(1));
        Assert.That(body.GetProperty("errorCount").GetInt64(), Is.EqualTo(2));
        var errors = body.GetProperty("errors").EnumerateArray().ToList();
        Assert.That(errors.Select(e => e.GetProperty("line").GetInt64()), Is.EqualTo(new long[] { 3, 4 }));
        Assert.That(errors[1].GetProperty("reason").GetString(), Is.EqualTo("LTV 'x' is not an amount of 0 or more"));
        Assert.That(_contacts.Table.Single().Email, Is.EqualTo("ann@example.com"));
    }

    [Test]
    public async Task A_dry_run_answers_with_the_counts_and_writes_nothing()
    {
        var result = await _controller.Import(Csv("Email,List,LTV\nann@example.com,honnold,1500\n"), Mapping, dryRun: true);

        var body = Body(result);
        Assert.That((body.GetProperty("dryRun").GetBoolean(), body.GetProperty("contacts").GetInt64()), Is.EqualTo((true, 1L)));
        Assert.That(_contacts.Table.Count(), Is.Zero);
    }
}
