using Personalization.Engine.Recommendations.Lists;

namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Reads what the catalogue says about the store's published products, for the "similar products" lists.
/// </summary>
public interface ICatalogContentService
{
    /// <summary>
    /// Gets every published product with its categories, first manufacturer, specification options, tags, name and
    /// short description, and the names the reasons use
    /// </summary>
    /// <returns>The catalogue's content</returns>
    ContentCatalog GetPublishedCatalog();
}
