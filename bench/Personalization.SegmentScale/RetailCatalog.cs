using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;

namespace Personalization.SegmentScale;

/// <summary>
/// A gift shop's catalogue in the shape of UCI Online Retail's: about 4,000 products, cheap and right-skewed prices,
/// popularity with a long tail, in twelve departments of three or four categories each.
/// </summary>
/// <remarks>
/// Online Retail has no categories, brands or product names fit for a store, so those are made up here; prices and
/// popularity follow the data (see docs/benchmarks.md, "Segments at scale"). Department ids are 1-12, category ids
/// 100 x department + 1..4, product ids 1..<see cref="ProductCount"/>, manufacturer ids 1..<see cref="ManufacturerCount"/>.
/// </remarks>
public sealed class RetailCatalog
{
    /// <summary>Products, like Online Retail's 4,070 stock codes.</summary>
    public const int ProductCount = 4000;

    /// <summary>Brands (Online Retail has none).</summary>
    public const int ManufacturerCount = 40;

    /// <summary>
    /// Popularity falls with rank as rank^-0.53: the slope of log sales against log rank over Online Retail's 1,000
    /// best-selling products, which gives the top 1% of products about a tenth of all sales, as in the data.
    /// </summary>
    const double PopularityExponent = 0.53;

    /// <summary>Online Retail's unit prices are log-normal around a median of 1.95 with a log standard deviation of 0.93.</summary>
    const double PriceSigmaWithinCategory = 0.6;

    static readonly Department[] Departments =
    [
        new(1, "Kitchen & baking", 16, 1.65, ["cake cases", "mug", "tea towel", "lunch box"]),
        new(2, "Home decor", 14, 2.95, ["sign", "photo frame", "wall clock", "cushion cover"]),
        new(3, "Candles & lights", 10, 1.65, ["t-light holder", "lantern", "fairy lights"]),
        new(4, "Christmas", 10, 1.25, ["tree decoration", "advent calendar", "christmas napkins"]),
        new(5, "Garden", 7, 3.75, ["planter", "bird feeder", "garden light"]),
        new(6, "Bags", 8, 2.08, ["jumbo bag", "lunch bag", "purse"]),
        new(7, "Jewellery", 6, 2.55, ["necklace", "bracelet", "earrings"]),
        new(8, "Stationery & cards", 9, 0.85, ["greeting card", "wrapping paper", "notebook"]),
        new(9, "Party", 6, 1.65, ["bunting", "paper plates", "balloons"]),
        new(10, "Toys & games", 5, 1.95, ["toy", "playing cards", "craft kit"]),
        new(11, "Storage", 5, 2.55, ["storage tin", "basket", "coat rack"]),
        new(12, "Textiles", 4, 4.95, ["doormat", "hot water bottle", "blanket"])
    ];

    /// <summary>The commonest words of Online Retail's product descriptions (colours and motifs), for names and searches.</summary>
    public static readonly string[] Words =
    [
        "pink", "blue", "heart", "vintage", "red", "glass", "white", "retrospot", "flower", "metal", "black", "rose", "green",
        "hanging", "silver", "polkadot", "ivory", "paisley", "wooden", "zinc", "ceramic", "bird", "star", "love", "cream",
        "crystal", "christmas", "garden", "party", "gift"
    ];

    readonly ProductFacts[] _products;
    readonly string[] _names;
    readonly double[] _popularity;
    readonly Dictionary<int, (int[] Products, double[] Cumulative)> _byCategory = [];
    readonly double[] _categoryCumulative;
    readonly double[] _allCumulative;

    /// <summary>Builds the catalogue of a seed.</summary>
    public RetailCatalog(int seed)
    {
        var random = new SeededRandom(seed, -1);
        CategoryIds = Departments.SelectMany(d => Enumerable.Range(1, d.Nouns.Length).Select(j => d.Id * 100 + j)).ToArray();
        var departmentWeights = new Weighted<Department>(Departments.Select(d => (d, d.Weight)).ToArray());

        //popularity by a random rank, so that best sellers are spread over the departments
        var ranks = Enumerable.Range(1, ProductCount).ToArray();
        for (var i = ranks.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (ranks[i], ranks[j]) = (ranks[j], ranks[i]);
        }

        var categoryOf = new int[ProductCount + 1];
        var prices = new decimal[ProductCount + 1];
        _names = new string[ProductCount + 1];
        _popularity = new double[ProductCount + 1];
        for (var id = 1; id <= ProductCount; id++)
        {
            var department = departmentWeights.Pick(ref random);
            var noun = random.Next(department.Nouns.Length);
            categoryOf[id] = department.Id * 100 + noun + 1;
            //prices end in 5 pence like the shop's (0.85, 1.25, 1.65, 2.95...)
            var price = Math.Max(0.1, random.LogNormal(department.MedianPrice, PriceSigmaWithinCategory));
            prices[id] = Math.Round((decimal)price * 20m, MidpointRounding.AwayFromZero) / 20m;
            _names[id] = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {department.Nouns[noun]}";
            _popularity[id] = Math.Pow(ranks[id - 1], -PopularityExponent);
        }

        var medians = CategoryIds.ToDictionary(c => c, c => Median(Enumerable.Range(1, ProductCount).Where(id => categoryOf[id] == c).Select(id => prices[id])));
        _products = new ProductFacts[ProductCount + 1];
        var manufacturers = new Weighted<int>(Enumerable.Range(1, ManufacturerCount).Select(m => (m, Math.Pow(m, -0.8))).ToArray());
        for (var id = 1; id <= ProductCount; id++)
            _products[id] = new ProductFacts(id, [categoryOf[id]], manufacturers.Pick(ref random), prices[id], medians[categoryOf[id]]);

        foreach (var category in CategoryIds)
        {
            var products = Enumerable.Range(1, ProductCount).Where(id => categoryOf[id] == category).ToArray();
            _byCategory[category] = (products, Cumulative(products.Select(id => _popularity[id])));
        }

        _categoryCumulative = Cumulative(CategoryIds.Select(c => _byCategory[c].Cumulative is { Length: > 0 } w ? w[^1] : 0.0));
        _allCumulative = Cumulative(Enumerable.Range(1, ProductCount).Select(id => _popularity[id]));
        Segments = new SegmentCatalog(
            Departments.Select(d => KeyValuePair.Create(d.Id, 0)).Concat(CategoryIds.Select(c => KeyValuePair.Create(c, c / 100))),
            Enumerable.Range(1, ProductCount).Select(id => KeyValuePair.Create(id, new[] { categoryOf[id] })),
            Enumerable.Range(1, ProductCount).Select(id => KeyValuePair.Create(id, new[] { _products[id].ManufacturerId })));
    }

    /// <summary>Gets the department ids (the roots of the category tree).</summary>
    public static IReadOnlyList<int> DepartmentIds { get; } = Departments.Select(d => d.Id).ToArray();

    /// <summary>Gets the leaf category ids.</summary>
    public IReadOnlyList<int> CategoryIds { get; }

    /// <summary>Gets the catalogue as segment rules see it (category tree, products by category and brand).</summary>
    public SegmentCatalog Segments { get; }

    /// <summary>Gets a department's id by its name.</summary>
    public static int DepartmentId(string name) => Departments.Single(d => d.Name == name).Id;

    /// <summary>Gets the id of a department's category whose products carry the noun.</summary>
    public static int CategoryId(string departmentName, string noun)
    {
        var department = Departments.Single(d => d.Name == departmentName);
        return department.Id * 100 + Array.IndexOf(department.Nouns, noun) + 1;
    }

    /// <summary>Gets a product's facts (null for an unknown id).</summary>
    public ProductFacts Product(int productId) => (uint)productId < (uint)_products.Length ? _products[productId] : null;

    /// <summary>Gets a product's name.</summary>
    public string ProductName(int productId) => _names[productId];

    /// <summary>Gets a department's or category's name.</summary>
    public static string CategoryName(int categoryId)
    {
        var department = Departments.Single(d => d.Id == (categoryId >= 100 ? categoryId / 100 : categoryId));
        return categoryId >= 100 ? department.Nouns[categoryId % 100 - 1] + "s" : department.Name;
    }

    /// <summary>Gets the most popular products, best first.</summary>
    public IReadOnlyList<int> BestSellers(int count) =>
        Enumerable.Range(1, ProductCount).OrderByDescending(id => _popularity[id]).Take(count).ToArray();

    /// <summary>Draws a category by the sales of its products.</summary>
    public int PickCategory(ref SeededRandom random) => CategoryIds[random.Pick(_categoryCumulative)];

    /// <summary>Draws a product by popularity, from the whole catalogue.</summary>
    public int PickProduct(ref SeededRandom random) => random.Pick(_allCumulative) + 1;

    /// <summary>Draws a product of a category by popularity.</summary>
    public int PickProduct(int categoryId, ref SeededRandom random)
    {
        var (products, cumulative) = _byCategory[categoryId];
        return products.Length == 0 ? PickProduct(ref random) : products[random.Pick(cumulative)];
    }

    static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = new List<double>();
        var sum = 0.0;
        foreach (var weight in weights)
            list.Add(sum += weight);
        return list.ToArray();
    }

    static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0m;
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2m;
    }

    sealed record Department(int Id, string Name, double Weight, double MedianPrice, string[] Nouns);
}
