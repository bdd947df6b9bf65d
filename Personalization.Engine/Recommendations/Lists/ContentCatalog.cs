namespace Personalization.Engine.Recommendations.Lists;

/// <summary>
/// The store's published products as content similarity reads them, with the names its reasons use.
/// </summary>
/// <param name="ProductIds">The product of each item: <c>Items[i]</c> (whose Item is i) describes product <c>ProductIds[i]</c>.</param>
/// <param name="Items">What the catalogue says about each product.</param>
/// <param name="CategoryNames">Category names by identifier.</param>
/// <param name="ManufacturerNames">Manufacturer names by identifier.</param>
/// <param name="SpecificationOptionNames">Specification attribute option names by identifier.</param>
public sealed record ContentCatalog(
    IReadOnlyList<int> ProductIds,
    IReadOnlyList<ItemAttributes> Items,
    IReadOnlyDictionary<int, string> CategoryNames,
    IReadOnlyDictionary<int, string> ManufacturerNames,
    IReadOnlyDictionary<int, string> SpecificationOptionNames);
