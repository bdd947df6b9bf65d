using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace Nop.Plugin.Misc.Personalization.Tests.Package;

/// <summary>
/// Checks dist/Misc.Personalization.zip, the file a store owner uploads, as nopCommerce will read it.
/// </summary>
[TestFixture]
public class PluginPackageTests
{
    const string Root = "Misc.Personalization/";

    /// <summary>
    /// Assemblies a nopCommerce 4.90.3 store loads itself, with the versions it ships. A plugin must not carry them
    /// (a second copy is an assembly collision) and must not need a newer version than these.
    /// </summary>
    static readonly Dictionary<string, Version> StoreAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Nop.Core"] = new(4, 90, 0, 0),
        ["Nop.Data"] = new(4, 90, 0, 0),
        ["Nop.Services"] = new(4, 90, 0, 0),
        ["Nop.Web.Framework"] = new(4, 90, 0, 0),
        ["Nop.Web"] = new(4, 90, 0, 0),
        ["FluentMigrator"] = new(7, 1, 0, 0),
        ["FluentMigrator.Abstractions"] = new(7, 1, 0, 0),
        ["FluentMigrator.Runner.Core"] = new(7, 1, 0, 0),
        ["linq2db"] = new(5, 4, 1, 0),
        ["AutoMapper"] = new(14, 0, 0, 0),
        ["FluentValidation"] = new(11, 0, 0, 0),
        ["Newtonsoft.Json"] = new(13, 0, 0, 0),
        ["Autofac"] = new(8, 0, 0, 0),
        ["Autofac.Extensions.DependencyInjection"] = new(10, 0, 0, 0)
    };

    /// <summary>
    /// References that are never resolved in our use, with the reason: ML.NET's FastTree references Intel's oneDAL
    /// bridge but loads it only when the MLNET_BACKEND environment variable asks for "ONEDAL" (it is no NuGet dependency).
    /// </summary>
    static readonly Dictionary<string, string> OptionalReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.ML.OneDal"] = "loaded by FastTree only with MLNET_BACKEND=ONEDAL"
    };

    /// <summary>The store runs on .NET 9; framework references above that version would not bind.</summary>
    const int StoreFrameworkMajor = 9;

    static string[] HostPrefixes => ["FluentMigrator", "linq2db", "AutoMapper", "FluentValidation", "Autofac", "Microsoft.AspNetCore.", "Microsoft.Extensions.", "Newtonsoft.Json"];

    ZipArchive _zip;

    [OneTimeSetUp]
    public void OpenPackage()
    {
        var path = PackageZip.PathOrFail();
        _zip = ZipFile.OpenRead(path);
    }

    [OneTimeTearDown]
    public void ClosePackage() => _zip?.Dispose();

    // The store loads every .dll directly in the plugin folder as an assembly; natives live elsewhere (see below).
    IEnumerable<ZipArchiveEntry> Assemblies => _zip.Entries.Where(entry => entry.FullName.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
        && entry.FullName.IndexOf('/', Root.Length) < 0);

    [Test]
    public void Everything_sits_in_one_root_folder_named_after_the_system_name()
    {
        Assert.That(_zip.Entries.Select(entry => entry.FullName), Has.All.StartWith(Root));
    }

    [Test]
    public void Plugin_json_declares_the_misc_plugin_for_nopCommerce_4_90_and_names_an_assembly_that_is_inside()
    {
        using var json = JsonDocument.Parse(_zip.GetEntry(Root + "plugin.json")!.Open());
        var plugin = json.RootElement;

        Assert.That(plugin.GetProperty("SystemName").GetString(), Is.EqualTo("Misc.Personalization"));
        Assert.That(plugin.GetProperty("Group").GetString(), Is.EqualTo("Misc"));
        Assert.That(plugin.GetProperty("SupportedVersions").EnumerateArray().Select(v => v.GetString()), Does.Contain("4.90"));
        Assert.That(_zip.GetEntry(Root + plugin.GetProperty("FileName").GetString()), Is.Not.Null);
        Assert.That(plugin.GetProperty("FriendlyName").GetString(), Is.Not.Empty);
    }

    [Test]
    public void Logo_and_views_are_included()
    {
        using (var logo = _zip.GetEntry(Root + "logo.png")!.Open())
        {
            var signature = new byte[8];
            logo.ReadExactly(signature);
            Assert.That(signature, Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG");
        }

        Assert.That(_zip.GetEntry(Root + "Views/_ViewImports.cshtml"), Is.Not.Null);
        Assert.That(_zip.GetEntry(Root + "Views/Configure.cshtml"), Is.Not.Null);
    }

    [Test]
    public void No_assembly_the_store_already_loads_is_inside()
    {
        var hosted = Assemblies.Select(entry => entry.Name)
            .Where(name => StoreAssemblies.ContainsKey(Path.GetFileNameWithoutExtension(name))
                || HostPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToList();

        Assert.That(Assemblies.Select(entry => entry.Name), Does.Contain("Nop.Plugin.Misc.Personalization.dll"));
        Assert.That(hosted, Is.Empty);
    }

    [Test]
    public void Every_assembly_the_plugin_needs_is_inside_or_provided_by_the_store_at_a_version_it_has()
    {
        var inside = Assemblies.Select(entry => Path.GetFileNameWithoutExtension(entry.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var framework = SharedFrameworkAssemblies();
        var problems = new List<string>();

        foreach (var entry in Assemblies)
        foreach (var reference in References(entry))
        {
            if (inside.Contains(reference.Name!) || OptionalReferences.ContainsKey(reference.Name!))
                continue;
            if (framework.Contains(reference.Name!))
            {
                if (reference.Version!.Major > StoreFrameworkMajor)
                    problems.Add($"{entry.Name} needs {reference.FullName}, newer than .NET {StoreFrameworkMajor}");
                continue;
            }
            if (StoreAssemblies.TryGetValue(reference.Name!, out var storeVersion))
            {
                if (reference.Version > storeVersion)
                    problems.Add($"{entry.Name} needs {reference.FullName}; the store has {storeVersion}");
                continue;
            }
            problems.Add($"{entry.Name} needs {reference.FullName}, which is neither in the package nor in the store");
        }

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void Every_dll_at_the_plugin_root_is_a_managed_assembly()
    {
        var native = Assemblies.Where(entry => !HasMetadata(entry)).Select(entry => entry.Name).ToList();

        Assert.That(native, Is.Empty, "nopCommerce would try to load these as plugin assemblies");
    }

    [Test]
    public void ML_NET_assemblies_the_engine_trains_with_are_inside()
    {
        var names = Assemblies.Select(entry => Path.GetFileNameWithoutExtension(entry.Name)).ToList();

        Assert.That(names, Is.SupersetOf(new[]
        {
            "Microsoft.ML.Core", "Microsoft.ML.Data", "Microsoft.ML.DataView", "Microsoft.ML.StandardTrainers", "Microsoft.ML.KMeansClustering",
            "Microsoft.ML.FastTree", "Microsoft.ML.CpuMath", "Microsoft.ML.Transforms", "Personalization.Engine"
        }));
    }

    [Test]
    public void FastTree_native_libraries_for_linux_macOS_and_windows_are_where_the_engine_looks()
    {
        // Linux and macOS: beside the plugin assembly (measured to train in a real store); Windows: runtimes/win-x64/native,
        // found by the engine's NativeLibraries resolver, because a native .dll at the root would break plugin loading.
        Assert.That(_zip.GetEntry(Root + "libFastTreeNative.so"), Is.Not.Null);
        Assert.That(_zip.GetEntry(Root + "libFastTreeNative.dylib"), Is.Not.Null);
        Assert.That(_zip.GetEntry(Root + "runtimes/win-x64/native/FastTreeNative.dll"), Is.Not.Null);
        Assert.That(_zip.GetEntry(Root + "FastTreeNative.dll"), Is.Null);
    }

    [Test]
    public void No_debug_symbols_or_unused_native_libraries_are_inside()
    {
        var unwanted = _zip.Entries.Select(entry => entry.FullName)
            .Where(name => name.EndsWith(".dbg", StringComparison.Ordinal) || name.EndsWith(".dwarf", StringComparison.Ordinal) || name.Contains("LdaNative", StringComparison.Ordinal))
            .ToList();

        Assert.That(unwanted, Is.Empty);
    }

    static bool HasMetadata(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
            stream.CopyTo(buffer);
        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        return pe.HasMetadata;
    }

    static List<AssemblyName> References(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
            stream.CopyTo(buffer);
        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName()).ToList();
    }

    static HashSet<string> SharedFrameworkAssemblies()
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory();
        var aspNet = Path.Combine(runtime, "..", "..", "Microsoft.AspNetCore.App", Path.GetFileName(runtime.TrimEnd('/', '\\')));
        return new[] { runtime, aspNet }.Where(Directory.Exists)
            .SelectMany(folder => Directory.GetFiles(folder, "*.dll"))
            .Select(Path.GetFileNameWithoutExtension)
            .ToHashSet(StringComparer.OrdinalIgnoreCase)!;
    }
}
