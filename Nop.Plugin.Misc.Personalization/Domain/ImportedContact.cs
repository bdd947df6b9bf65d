using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A contact imported from outside the store (a CRM, an influencer's newsletter list), kept until and after it joins a customer.
/// </summary>
public class ImportedContact : BaseEntity
{
    /// <summary>Gets or sets the normalized e-mail address (lower case); null for contacts imported by customer id.</summary>
    public string Email { get; set; }

    /// <summary>Gets or sets the customer the contact is; 0 while no customer has the address.</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the imported traits as a JSON object (name -> typed value).</summary>
    public string TraitsJson { get; set; }

    /// <summary>Gets or sets the imported lifetime value, if any.</summary>
    public decimal? LifetimeValue { get; set; }

    /// <summary>Gets or sets when the contact was last imported (UTC).</summary>
    public DateTime UpdatedOnUtc { get; set; }
}
