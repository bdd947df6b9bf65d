namespace Personalization.Benchmarks;

/// <summary>
/// Finds the public datasets: the PERSONALIZATION_DATASETS variable, or a shared/datasets folder above the working or program folder.
/// </summary>
public static class Datasets
{
    /// <summary>Gets the datasets folder or throws with what was searched.</summary>
    public static string Folder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("PERSONALIZATION_DATASETS");
            if (!string.IsNullOrEmpty(configured) && Directory.Exists(configured))
                return configured;

            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, "shared", "datasets");
                    if (Directory.Exists(candidate))
                        return candidate;
                }
            }

            throw new DirectoryNotFoundException("no shared/datasets folder above the working folder; set PERSONALIZATION_DATASETS");
        }
    }

    /// <summary>Gets the monthly Online Retail files in order.</summary>
    public static string[] OnlineRetailFiles =>
        Directory.GetFiles(Path.Combine(Folder, "online-retail", "by-month-gz"), "*.csv.gz").Order(StringComparer.Ordinal).ToArray();
}
