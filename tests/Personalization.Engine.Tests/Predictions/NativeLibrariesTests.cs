using System.Runtime.InteropServices;
using Personalization.Engine.Predictions;

namespace Personalization.Engine.Tests.Predictions;

[TestFixture]
public class NativeLibrariesTests
{
    [Test]
    public void Library_is_looked_for_beside_the_assembly_then_in_the_runtime_folder_of_this_platform()
    {
        var candidates = NativeLibraries.Candidates("FastTreeNative", "plugin");
        var expectedFile = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "FastTreeNative.dll"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "libFastTreeNative.dylib" : "libFastTreeNative.so";

        Assert.That(candidates[0], Is.EqualTo(Path.Combine("plugin", expectedFile)));
        Assert.That(candidates[1], Does.StartWith(Path.Combine("plugin", "runtimes")).And.EndWith(Path.Combine("native", expectedFile)));
    }

    [Test]
    public void FastTree_native_library_of_this_build_is_at_one_of_the_places_looked_at()
    {
        if (RuntimeInformation.ProcessArchitecture != Architecture.X64)
            Assert.Ignore("FastTree ships native libraries for x64 (and x86 on Windows) only.");

        var candidates = NativeLibraries.Candidates("FastTreeNative", AppContext.BaseDirectory);

        Assert.That(candidates.Any(File.Exists), Is.True, string.Join(", ", candidates));
    }
}
