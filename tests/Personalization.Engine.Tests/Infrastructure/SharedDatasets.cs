namespace Personalization.Engine.Tests.Infrastructure;

/// <summary>
/// Finds the public datasets in the shared folder beside the repository (never copied into it).
/// </summary>
public static class SharedDatasets
{
    /// <summary>Gets the datasets folder, or marks the test ignored with the path it looked for.</summary>
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "datasets");
                if (Directory.Exists(candidate))
                    return candidate;
            }

            Assert.Ignore("The shared datasets folder (../shared/datasets beside the repository) is absent.");
            return null;
        }
    }

    /// <summary>Gets the 13 monthly files of UCI Online Retail, in order.</summary>
    public static string[] OnlineRetailFiles =>
        Directory.GetFiles(Path.Combine(Folder, "online-retail", "by-month-gz"), "*.csv.gz").Order(StringComparer.Ordinal).ToArray();
}
