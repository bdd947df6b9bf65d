using Personalization.Engine.Import;

namespace Nop.Plugin.Misc.Personalization.Services.Contacts;

/// <summary>
/// What an import did: the reader's summary (rows, errors, duplicates) and the rows written.
/// </summary>
public sealed record ContactImportResult(ContactImportSummary Summary, int Added, int Updated, int JoinedCustomers, bool DryRun);
