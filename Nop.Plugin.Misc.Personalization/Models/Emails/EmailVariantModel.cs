using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.Personalization.Models.Emails;

/// <summary>
/// Represents one version of a flow under test: its share of the emailed customers and the template of each email
/// </summary>
public record EmailVariantModel : BaseNopModel
{
    /// <summary>Gets or sets the variant id; 0 for a variant not saved yet (the next free id is given on save).</summary>
    public int Id { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Variant.Name")]
    public string Name { get; set; }

    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Variant.Weight")]
    public int Weight { get; set; } = 1;

    /// <summary>Gets or sets the template of each email, in email order; empty sends the email's own template.</summary>
    [NopResourceDisplayName("Plugins.Misc.Personalization.Emails.Fields.Variant.TemplateSystemNames")]
    public IList<string> TemplateSystemNames { get; set; } = new List<string>();
}
