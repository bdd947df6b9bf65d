using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// One narrow attribute of a customer's profile (trait, predicted score, affinity, role or a field without a column),
/// so that segment conditions translate to plain SQL on every database the store may use.
/// </summary>
public class CustomerProfileAttribute : BaseEntity
{
    /// <summary>Gets or sets the customer.</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets what the row holds (Personalization.Engine.Segments.ProfileAttributeKind).</summary>
    public int KindId { get; set; }

    /// <summary>Gets or sets the trait, model or field name; null for affinities and roles.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the category, manufacturer or role; 0 otherwise.</summary>
    public int EntityId { get; set; }

    /// <summary>Gets or sets a number (booleans as 1/0).</summary>
    public decimal? NumberValue { get; set; }

    /// <summary>Gets or sets a text.</summary>
    public string TextValue { get; set; }

    /// <summary>Gets or sets a date (UTC).</summary>
    public DateTime? DateValue { get; set; }
}
