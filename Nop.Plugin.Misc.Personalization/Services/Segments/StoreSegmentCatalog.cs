using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The store's catalog facts for a set of rules, loaded beforehand so that compiling (which is synchronous) reads memory only.
/// </summary>
public sealed class StoreSegmentCatalog : ISegmentCatalog
{
    readonly IReadOnlyDictionary<int, int[]> _descendants;
    readonly IReadOnlyDictionary<int, int[]> _productsByCategory;
    readonly IReadOnlyDictionary<int, int[]> _productsByManufacturer;

    /// <summary>Creates a catalog.</summary>
    /// <param name="descendants">Each loaded category with itself and all of its descendants.</param>
    /// <param name="productsByCategory">The products of each loaded category (the descendants included as keys).</param>
    /// <param name="productsByManufacturer">The products of each loaded manufacturer.</param>
    public StoreSegmentCatalog(IReadOnlyDictionary<int, int[]> descendants, IReadOnlyDictionary<int, int[]> productsByCategory,
        IReadOnlyDictionary<int, int[]> productsByManufacturer)
    {
        _descendants = descendants;
        _productsByCategory = productsByCategory;
        _productsByManufacturer = productsByManufacturer;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<int> Categories(int categoryId, bool includeSubcategories) =>
        includeSubcategories ? Loaded(_descendants, categoryId, "category") : [categoryId];

    /// <inheritdoc />
    public IReadOnlyCollection<int> ProductsInCategories(IReadOnlyCollection<int> categoryIds) =>
        categoryIds.SelectMany(id => Loaded(_productsByCategory, id, "category")).ToHashSet();

    /// <inheritdoc />
    public IReadOnlyCollection<int> ProductsOfManufacturers(IReadOnlyCollection<int> manufacturerIds) =>
        manufacturerIds.SelectMany(id => Loaded(_productsByManufacturer, id, "manufacturer")).ToHashSet();

    //a rule compiled against facts that were not loaded for it would silently select the wrong customers
    static int[] Loaded(IReadOnlyDictionary<int, int[]> facts, int id, string what) => facts.TryGetValue(id, out var values)
        ? values
        : throw new InvalidOperationException($"The catalog was not loaded for {what} {id}; build the compile context from the rules that name it.");
}
