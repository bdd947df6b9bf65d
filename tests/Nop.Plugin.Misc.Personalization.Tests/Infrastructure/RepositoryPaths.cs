namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// Finds the repository and the shared folder beside it from the test's output folder.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>Gets the repository root (the folder holding Personalization.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Gets the shared folder that sits beside the repository (API lists, datasets).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Gets the build configuration the tests were built with (Debug or Release).</summary>
    public static string Configuration =>
        new DirectoryInfo(TestContext.CurrentContext.TestDirectory).Parent!.Name;

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Personalization.sln")))
                return dir.FullName;

        throw new InvalidOperationException("Personalization.sln not found above " + AppContext.BaseDirectory);
    }
}
