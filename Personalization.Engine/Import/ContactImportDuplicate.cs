namespace Personalization.Engine.Import;

/// <summary>
/// A row that repeats a contact seen earlier in the same file; the later row wins.
/// </summary>
public sealed record ContactImportDuplicate(string Key, long FirstLine, long LineNumber);
