using System.Reflection;
using System.Runtime.InteropServices;
using Microsoft.ML.Trainers.FastTree;

namespace Personalization.Engine.Predictions;

/// <summary>
/// Finds FastTree's native library inside a nopCommerce plugin folder, where .NET's own probing does not look.
/// </summary>
/// <remarks>
/// nopCommerce loads plugin assemblies with Assembly.LoadFrom and ignores their deps.json, so the runtime never learns
/// about <c>runtimes/&lt;rid&gt;/native/</c>. The package therefore puts the Linux and macOS libraries beside the plugin
/// assembly (measured to work in a real store) and keeps Windows' FastTreeNative.dll under runtimes/win-x64/native/
/// (a native .dll at the plugin root would be taken for a plugin assembly and fail to load). This resolver tries the
/// assembly's folder, then that runtimes folder, and otherwise leaves the lookup to the runtime.
/// </remarks>
public static class NativeLibraries
{
    static int _registered;

    /// <summary>Registers the resolver for FastTree once per process; later calls do nothing.</summary>
    public static void EnsureResolver()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
            return;
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(FastTreeBinaryTrainer).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            //the host registered its own resolver for FastTree: leave it in charge
        }
    }

    /// <summary>Gets the places a native library is looked for, most specific last (file names for the running OS).</summary>
    public static IReadOnlyList<string> Candidates(string libraryName, string assemblyDirectory)
    {
        var file = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? libraryName + ".dll"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "lib" + libraryName + ".dylib"
            : "lib" + libraryName + ".so";
        var os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win" : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx" : "linux";
        var rid = $"{os}-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}";
        return [Path.Combine(assemblyDirectory, file), Path.Combine(assemblyDirectory, "runtimes", rid, "native", file)];
    }

    static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var directory = Path.GetDirectoryName(assembly.Location);
        if (string.IsNullOrEmpty(directory))
            return IntPtr.Zero;
        foreach (var candidate in Candidates(libraryName, directory))
        {
            if (File.Exists(candidate) && NativeLibrary.TryLoad(candidate, out var handle))
                return handle;
        }

        return IntPtr.Zero;
    }
}
