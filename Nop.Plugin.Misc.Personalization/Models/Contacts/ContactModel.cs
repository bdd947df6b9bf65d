using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.Personalization.Models.Contacts;

/// <summary>
/// Represents an imported contact in the grid
/// </summary>
public record ContactModel : BaseNopEntityModel
{
    public string Email { get; set; }

    public int CustomerId { get; set; }

    /// <summary>Gets or sets the traits as "name: value" pairs.</summary>
    public string Traits { get; set; }

    public decimal? LifetimeValue { get; set; }

    public DateTime UpdatedOnUtc { get; set; }
}
