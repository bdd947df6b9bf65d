using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

namespace Nop.Plugin.Misc.Personalization.Tests.Package;

/// <summary>
/// Finds dist/Misc.Personalization.zip, the package the tests check, or fails the test saying how to build it.
/// </summary>
public static class PackageZip
{
    /// <summary>Gets the package's path; fails the calling test when it has not been built.</summary>
    public static string PathOrFail()
    {
        var path = Path.Combine(RepositoryPaths.Root, "dist", "Misc.Personalization.zip");
        if (!File.Exists(path))
            Assert.Fail($"{path} is missing: run ./build.sh package first (./build.sh test does).");
        return path;
    }
}
