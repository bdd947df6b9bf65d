namespace Personalization.Analyzer.Tests;

/// <summary>
/// A fresh folder under the system's temporary folder, deleted with its contents on dispose.
/// </summary>
public sealed class TemporaryFolder : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TemporaryFolder() => Directory.CreateDirectory(Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pz-analyzer-" + Guid.NewGuid().ToString("N")));

    /// <summary>Gets the folder's path.</summary>
    public string Path { get; }

    /// <summary>Gets the path of a file in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Deletes the folder.</summary>
    public void Dispose() => Directory.Delete(Path, true);
}
