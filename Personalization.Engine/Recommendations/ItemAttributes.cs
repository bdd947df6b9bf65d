namespace Personalization.Engine.Recommendations;

/// <summary>
/// What the catalogue says about an item, for content similarity and category lists.
/// </summary>
/// <param name="Item">The item's index.</param>
/// <param name="Name">Product name.</param>
/// <param name="Description">Short or full description (plain text).</param>
/// <param name="CategoryIds">Categories the item is in.</param>
/// <param name="ManufacturerId">Manufacturer or brand, or null.</param>
/// <param name="Tags">Product tags.</param>
/// <param name="Price">Current price.</param>
/// <param name="SpecificationOptionIds">Specification attribute options the item has (colour, material...), or null.</param>
public sealed record ItemAttributes(
    int Item,
    string Name,
    string Description,
    IReadOnlyList<int> CategoryIds,
    int? ManufacturerId,
    IReadOnlyList<string> Tags,
    decimal Price,
    IReadOnlyList<int> SpecificationOptionIds = null);
