using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A guest customer whose activity now belongs to a registered customer (recorded when the guest logged in).
/// </summary>
public class IdentityMerge : BaseEntity
{
    /// <summary>Gets or sets the guest customer that logged in (unique: a guest merges once).</summary>
    public int GuestCustomerId { get; set; }

    /// <summary>Gets or sets the registered customer the guest's activity now belongs to.</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets when the merge happened (UTC).</summary>
    public DateTime MergedOnUtc { get; set; }
}
