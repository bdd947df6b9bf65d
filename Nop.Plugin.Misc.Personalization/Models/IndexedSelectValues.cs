using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Nop.Plugin.Misc.Personalization.Models;

/// <summary>
/// Lets nopCommerce's select tag helper show the value of a field inside a list ("Steps[1].TemplateSystemName").
/// </summary>
/// <remarks>
/// The tag helper renders through an editor template found by the field's name, and view data cannot follow a list
/// index in a name, so without this every such select shows its first option and saving stores that instead.
/// nopCommerce's editor tag helper works around it the same way: the value goes into view data under the full name.
/// </remarks>
public static class IndexedSelectValues
{
    /// <summary>Puts a field's value into view data under its full name, for a nop-select of that field rendered next.</summary>
    /// <param name="viewData">The view's data</param>
    /// <param name="name">The field's name, as its asp-for renders it</param>
    /// <param name="value">The field's value</param>
    public static void SetIndexedValue(this ViewDataDictionary viewData, string name, object value)
    {
        ArgumentNullException.ThrowIfNull(viewData);
        var prefix = viewData.TemplateInfo.HtmlFieldPrefix;
        viewData[string.IsNullOrEmpty(prefix) ? name : $"{prefix}.{name}"] = value;
    }
}
