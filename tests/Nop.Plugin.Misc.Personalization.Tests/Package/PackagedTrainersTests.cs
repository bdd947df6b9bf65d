using System.IO.Compression;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;

namespace Nop.Plugin.Misc.Personalization.Tests.Package;

/// <summary>
/// Unpacks dist/Misc.Personalization.zip and trains every model kind from that folder the way nopCommerce loads a
/// plugin: assemblies by path from the plugin folder, no deps.json (the store deletes it), so nothing under
/// runtimes/ is known to the runtime and FastTree must find its native library where the package put it.
/// </summary>
[TestFixture]
public class PackagedTrainersTests
{
    string _folder;

    [OneTimeSetUp]
    public void Unpack()
    {
        _folder = Path.Combine(Path.GetTempPath(), "pz-package-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(PackageZip.PathOrFail(), _folder);
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (_folder != null && Directory.Exists(_folder))
            Directory.Delete(_folder, true);
    }

    [Test]
    public void FastTree_logistic_regression_and_kmeans_train_from_the_unpacked_plugin_folder()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64)
            Assert.Ignore("FastTree ships native libraries for x64 only.");

        var plugin = Path.Combine(_folder, "Misc.Personalization");
        var context = new PluginFolderContext(plugin);
        var engine = context.LoadFromAssemblyPath(Path.Combine(plugin, "Personalization.Engine.dll"));
        var check = engine.GetType("Personalization.Engine.Predictions.TrainerAvailability", throwOnError: true)!
            .GetMethod("Check", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;

        bool Flag(string name) => (bool)check.GetType().GetProperty(name)!.GetValue(check)!;
        var problems = (IReadOnlyList<string>)check.GetType().GetProperty("Problems")!.GetValue(check)!;
        Assert.That(problems, Is.Empty);
        Assert.That((Flag("FastTree"), Flag("LogisticRegression"), Flag("KMeans")), Is.EqualTo((true, true, true)));
        Assert.That(Path.GetDirectoryName(engine.Location), Is.EqualTo(plugin), "the engine came from the plugin folder, not the test's own output");

        // this test host's own deps.json also lists FastTree's native library, so "it trained" alone would not say
        // which copy was used: on Linux the process's memory map names the file that was loaded
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
            Assert.That(File.ReadAllText("/proc/self/maps"), Does.Contain(Path.Combine(plugin, "libFastTreeNative.so")));
    }

    // Like Assembly.LoadFrom in the store: an assembly the plugin folder has comes from there; the rest (framework,
    // and what the store itself ships, such as Newtonsoft.Json) from the host.
    sealed class PluginFolderContext(string folder) : AssemblyLoadContext("plugin-folder", isCollectible: false)
    {
        protected override Assembly Load(AssemblyName name)
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
