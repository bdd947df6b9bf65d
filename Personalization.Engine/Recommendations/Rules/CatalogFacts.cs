namespace Personalization.Engine.Recommendations.Rules;

/// <summary>
/// The catalog as the merchandising rules read it: each product's price, categories and manufacturers, and the
/// category tree. Built once and shared by every request; immutable.
/// </summary>
public sealed class CatalogFacts
{
    /// <summary>Deepest category tree walked; a deeper (or looping) parent chain stops there.</summary>
    public const int MaxCategoryDepth = 32;

    readonly Dictionary<int, ProductFacts> _products;
    readonly Dictionary<int, int> _parents;
    readonly Dictionary<int, int[]> _treeProducts;
    readonly Dictionary<int, ProductFacts[]> _byPrice;

    /// <summary>An empty catalog.</summary>
    public static CatalogFacts Empty { get; } = new([], new Dictionary<int, int>());

    /// <summary>Builds the facts.</summary>
    /// <param name="products">The products, in the catalog's order (the order a category's products are shown in).</param>
    /// <param name="parentByCategory">Each category's parent; 0 or absent for a top-level category.</param>
    public CatalogFacts(IEnumerable<ProductFacts> products, IReadOnlyDictionary<int, int> parentByCategory)
    {
        ArgumentNullException.ThrowIfNull(products);
        ArgumentNullException.ThrowIfNull(parentByCategory);
        _products = [];
        var ordered = new List<ProductFacts>();
        foreach (var product in products)
        {
            if (product != null && _products.TryAdd(product.ProductId, product))
                ordered.Add(product);
        }

        _parents = parentByCategory.Where(pair => pair.Value > 0 && pair.Value != pair.Key).ToDictionary(pair => pair.Key, pair => pair.Value);

        //a product counts in its categories and every category above them
        var tree = new Dictionary<int, List<int>>();
        var direct = new Dictionary<int, List<ProductFacts>>();
        var ancestors = new HashSet<int>();
        foreach (var product in ordered)
        {
            ancestors.Clear();
            foreach (var categoryId in product.CategoryIds ?? [])
            {
                if (!direct.TryGetValue(categoryId, out var inCategory))
                    direct[categoryId] = inCategory = [];
                inCategory.Add(product);
                var current = categoryId;
                for (var depth = 0; depth < MaxCategoryDepth && current > 0 && ancestors.Add(current); depth++)
                    current = _parents.GetValueOrDefault(current);
            }

            foreach (var categoryId in ancestors)
            {
                if (!tree.TryGetValue(categoryId, out var list))
                    tree[categoryId] = list = [];
                list.Add(product.ProductId);
            }
        }

        _treeProducts = tree.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray());
        _byPrice = direct.ToDictionary(pair => pair.Key,
            pair => pair.Value.OrderBy(product => product.Price).ThenBy(product => product.ProductId).ToArray());
    }

    /// <summary>Gets the number of products.</summary>
    public int ProductCount => _products.Count;

    /// <summary>Gets a product's facts; false when the catalog does not know it.</summary>
    public bool TryGetProduct(int productId, out ProductFacts facts) => _products.TryGetValue(productId, out facts);

    /// <summary>Gets whether a category is one of <paramref name="roots"/> or below one of them.</summary>
    public bool IsInTree(int categoryId, IReadOnlySet<int> roots)
    {
        var current = categoryId;
        for (var depth = 0; depth < MaxCategoryDepth && current > 0; depth++)
        {
            if (roots.Contains(current))
                return true;
            current = _parents.GetValueOrDefault(current);
        }

        return false;
    }

    /// <summary>Gets whether a product is in one of <paramref name="roots"/> or their subcategories.</summary>
    public bool IsProductInTree(int productId, IReadOnlySet<int> roots)
    {
        if (!_products.TryGetValue(productId, out var product))
            return false;
        foreach (var categoryId in product.CategoryIds ?? [])
        {
            if (IsInTree(categoryId, roots))
                return true;
        }

        return false;
    }

    /// <summary>Gets the products of a category and its subcategories, in the catalog's order.</summary>
    public IReadOnlyList<int> ProductsInTree(int categoryId) => _treeProducts.TryGetValue(categoryId, out var products) ? products : [];

    /// <summary>Gets the products mapped directly to a category, cheapest first (then by id).</summary>
    public IReadOnlyList<ProductFacts> ProductsByPrice(int categoryId) => _byPrice.TryGetValue(categoryId, out var products) ? products : [];
}
