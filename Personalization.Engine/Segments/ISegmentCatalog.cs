namespace Personalization.Engine.Segments;

/// <summary>
/// The catalog facts a rule needs when it is compiled: category trees and which products belong to categories and brands.
/// </summary>
/// <remarks>Filters on categories and manufacturers become id sets at compile time, so both evaluators test plain ids.</remarks>
public interface ISegmentCatalog
{
    /// <summary>Gets a category and, when asked, all of its descendants.</summary>
    IReadOnlyCollection<int> Categories(int categoryId, bool includeSubcategories);

    /// <summary>Gets the products mapped to any of the categories.</summary>
    IReadOnlyCollection<int> ProductsInCategories(IReadOnlyCollection<int> categoryIds);

    /// <summary>Gets the products of any of the manufacturers.</summary>
    IReadOnlyCollection<int> ProductsOfManufacturers(IReadOnlyCollection<int> manufacturerIds);
}
