namespace Personalization.Engine.Segments;

/// <summary>
/// An <see cref="ISegmentCatalog"/> over lists held in memory (the plugin fills one from the store's catalog).
/// </summary>
public sealed class SegmentCatalog : ISegmentCatalog
{
    readonly Dictionary<int, List<int>> _children = new();
    readonly Dictionary<int, List<int>> _productsByCategory = new();
    readonly Dictionary<int, List<int>> _productsByManufacturer = new();

    /// <summary>Creates a catalog.</summary>
    /// <param name="categoryParents">Each category with its parent (0 for a root).</param>
    /// <param name="productCategories">Each product with its categories.</param>
    /// <param name="productManufacturers">Each product with its manufacturers.</param>
    public SegmentCatalog(
        IEnumerable<KeyValuePair<int, int>> categoryParents,
        IEnumerable<KeyValuePair<int, int[]>> productCategories,
        IEnumerable<KeyValuePair<int, int[]>> productManufacturers)
    {
        foreach (var (category, parent) in categoryParents ?? [])
            Add(_children, parent, category);
        foreach (var (product, categories) in productCategories ?? [])
        {
            foreach (var category in categories)
                Add(_productsByCategory, category, product);
        }

        foreach (var (product, manufacturers) in productManufacturers ?? [])
        {
            foreach (var manufacturer in manufacturers)
                Add(_productsByManufacturer, manufacturer, product);
        }
    }

    /// <summary>Gets an empty catalog.</summary>
    public static SegmentCatalog Empty { get; } = new([], [], []);

    /// <inheritdoc />
    public IReadOnlyCollection<int> Categories(int categoryId, bool includeSubcategories)
    {
        var result = new HashSet<int> { categoryId };
        if (!includeSubcategories)
            return result;
        var pending = new Stack<int>();
        pending.Push(categoryId);
        while (pending.Count > 0)
        {
            if (!_children.TryGetValue(pending.Pop(), out var children))
                continue;
            foreach (var child in children)
            {
                //a cycle in the store's tree must not loop forever
                if (result.Add(child))
                    pending.Push(child);
            }
        }

        return result;
    }

    /// <inheritdoc />
    public IReadOnlyCollection<int> ProductsInCategories(IReadOnlyCollection<int> categoryIds) => Collect(_productsByCategory, categoryIds);

    /// <inheritdoc />
    public IReadOnlyCollection<int> ProductsOfManufacturers(IReadOnlyCollection<int> manufacturerIds) => Collect(_productsByManufacturer, manufacturerIds);

    static IReadOnlyCollection<int> Collect(Dictionary<int, List<int>> index, IReadOnlyCollection<int> keys)
    {
        var result = new SortedSet<int>();
        foreach (var key in keys)
        {
            if (index.TryGetValue(key, out var values))
                result.UnionWith(values);
        }

        return result;
    }

    static void Add(Dictionary<int, List<int>> index, int key, int value)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(value);
    }
}
