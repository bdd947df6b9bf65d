using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A named piece of work one server of a web farm holds until it ends or the lease expires: the row unique per name is the lock.
/// </summary>
public class WorkLease : BaseEntity
{
    /// <summary>Gets or sets the work's name ("emails"), unique.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets who holds it: the server and one acquisition of it.</summary>
    public string Owner { get; set; }

    /// <summary>Gets or sets when it was taken (UTC).</summary>
    public DateTime AcquiredOnUtc { get; set; }

    /// <summary>Gets or sets when it lapses unless renewed (UTC); from then on another server may take it over.</summary>
    public DateTime ExpiresOnUtc { get; set; }
}
