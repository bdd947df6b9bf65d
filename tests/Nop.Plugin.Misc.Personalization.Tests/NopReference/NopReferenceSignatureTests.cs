using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.NopReference;

/// <summary>
/// The reference assemblies the plugin compiles against must describe the real store exactly: a member the
/// store lacks, or has with another signature, compiles here and fails only inside the store.
/// </summary>
[TestFixture]
public class NopReferenceSignatureTests
{
    static readonly string[] NopAssemblies = ["Nop.Core", "Nop.Data", "Nop.Services", "Nop.Web.Framework", "Nop.Web"];
    static readonly string[] FluentMigratorAssemblies = ["FluentMigrator", "FluentMigrator.Abstractions"];

    static string TestDirectory => TestContext.CurrentContext.TestDirectory;

    static string NopApiFolder => Path.Combine(RepositoryPaths.Shared, "nop-api");

    static SortedSet<string> NopReferenceLines() =>
        ApiSignatures.Read(NopAssemblies.Select(name => Path.Combine(TestDirectory, name + ".dll")));

    static ISet<string> NopCommerceLines()
    {
        var listPath = Path.Combine(NopApiFolder, "nop-4.90.3.signatures.txt.gz");
        if (!File.Exists(listPath))
            Assert.Ignore($"The nopCommerce 4.90.3 signature list is absent: expected {listPath} (../shared/nop-api beside the repository). Nothing was checked.");

        using var reader = new StreamReader(new GZipStream(File.OpenRead(listPath), CompressionMode.Decompress));
        var lines = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return lines;
    }

    [Test]
    public void Every_public_member_of_nop_reference_is_in_the_nopCommerce_4_90_3_API()
    {
        var nopCommerce = NopCommerceLines();
        var ours = NopReferenceLines();

        var unknown = ours.Where(line => !nopCommerce.Contains(line)).ToList();

        Assert.That(ours, Has.Count.GreaterThan(50), "the reference assemblies were read");
        Assert.That(unknown, Is.Empty,
            "nop-reference declares members that nopCommerce 4.90.3 does not have with this signature:\n" + string.Join("\n", unknown));
    }

    [Test]
    public void Nop_reference_uses_no_member_the_source_tree_owner_changed()
    {
        NopCommerceLines();
        var readme = File.ReadAllText(Path.Combine(NopApiFolder, "README.md"));
        //the README lists the changed members' lines in a fenced block; a changed T line puts its whole type off limits
        var block = Regex.Match(readme, "```\\n(?<lines>[TPMCF] .*?)```", RegexOptions.Singleline).Groups["lines"].Value;
        var changed = block.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var changedTypes = changed.Where(line => line.StartsWith("T ", StringComparison.Ordinal))
            .Select(line => line.Split('|')[1].Split(' ').First(word => word.Contains('.')))
            .ToHashSet(StringComparer.Ordinal);
        //members found by name only in that tree (README, "Also only in this source tree")
        string[] changedNames = ["GetAllCODFactorsAsync", "GetAllCustomerTypeAsync", "WeightOverheadFactor", "RotatDocs", "CustomNopStartup", "ERP", "COD", "AccountManager"];

        Assert.That(changed, Has.Count.GreaterThan(10), "the list of changed members was found in the README");
        var offLimits = NopReferenceLines()
            .Where(line => changed.Contains(line)
                || changedTypes.Contains(line.Split('|')[1].Split(' ').Last())
                || changedTypes.Any(type => line.Contains("|" + type + "|", StringComparison.Ordinal))
                || changedNames.Any(name => Regex.IsMatch(line, $"\\b{name}")))
            .ToList();

        Assert.That(offLimits, Is.Empty, "nop-reference uses members changed by the source tree's owner:\n" + string.Join("\n", offLimits));
    }

    [Test]
    public void Nop_reference_assemblies_carry_the_store_assembly_version()
    {
        foreach (var name in NopAssemblies)
        {
            var version = AssemblyName.GetAssemblyName(Path.Combine(TestDirectory, name + ".dll")).Version;
            Assert.That(version, Is.EqualTo(new Version(4, 90, 0, 0)),
                $"{name}: nopCommerce 4.90.x assemblies are 4.90.0.0; a higher version stops the store from loading the plugin");
        }
    }

    [Test]
    public void FluentMigrator_reference_is_the_store_version_with_FluentMigrators_key_and_a_subset_of_its_API()
    {
        //the tests run the real FluentMigrator (from NuGet) and its assemblies sit in the test folder
        var real = FluentMigratorAssemblies.Select(name => Path.Combine(TestDirectory, name + ".dll")).ToList();
        var reference = FluentMigratorAssemblies.Select(name => Path.Combine(RepositoryPaths.Root, "nop-reference", name,
            "bin", RepositoryPaths.Configuration, "netstandard2.0", name + ".dll")).ToList();

        var realLines = ApiSignatures.Read(real);
        var referenceLines = ApiSignatures.Read(reference);
        var unknown = referenceLines.Where(line => !realLines.Contains(line)).ToList();

        Assert.That(unknown, Is.Empty, "the FluentMigrator reference declares what FluentMigrator lacks:\n" + string.Join("\n", unknown));
        for (var i = 0; i < real.Count; i++)
        {
            var realName = AssemblyName.GetAssemblyName(real[i]);
            var referenceName = AssemblyName.GetAssemblyName(reference[i]);
            Assert.That(referenceName.Version, Is.EqualTo(new Version(7, 1, 0, 0)), "nopCommerce 4.90.3 ships FluentMigrator 7.1.0");
            Assert.That(referenceName.GetPublicKeyToken(), Is.EqualTo(realName.GetPublicKeyToken()), "the store binds by name and key");
        }
    }
}
