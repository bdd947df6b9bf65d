using System.Globalization;
using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Stores;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Finds the store entities the rule editor's pickers offer: products, categories, manufacturers, imported trait
/// names, customer roles, stores and other segments.
/// </summary>
public class SegmentPickerService : ISegmentPickerService
{
    /// <summary>Most distinct trait names kept for the picker; a store with more imports names it has to type.</summary>
    public const int MaxTraitNames = 1000;

    #region Fields

    protected readonly ICategoryService _categoryService;
    protected readonly ICustomerService _customerService;
    protected readonly IManufacturerService _manufacturerService;
    protected readonly IProductService _productService;
    protected readonly IRepository<CustomerProfileAttribute> _attributeRepository;
    protected readonly IRepository<Product> _productRepository;
    protected readonly ISegmentService _segmentService;
    protected readonly IStaticCacheManager _staticCacheManager;
    protected readonly IStoreService _storeService;

    #endregion

    #region Ctor

    public SegmentPickerService(ICategoryService categoryService,
        ICustomerService customerService,
        IManufacturerService manufacturerService,
        IProductService productService,
        IRepository<CustomerProfileAttribute> attributeRepository,
        IRepository<Product> productRepository,
        ISegmentService segmentService,
        IStaticCacheManager staticCacheManager,
        IStoreService storeService)
    {
        _categoryService = categoryService;
        _customerService = customerService;
        _manufacturerService = manufacturerService;
        _productService = productService;
        _attributeRepository = attributeRepository;
        _productRepository = productRepository;
        _segmentService = segmentService;
        _staticCacheManager = staticCacheManager;
        _storeService = storeService;
    }

    #endregion

    #region Utilities

    protected static SegmentPickerOption Option(int id, string name) => new(id.ToString(CultureInfo.InvariantCulture), name);

    protected static bool Matches(string name, string term) =>
        string.IsNullOrEmpty(term) || (name ?? string.Empty).Contains(term, StringComparison.OrdinalIgnoreCase);

    protected static int[] Ids(IReadOnlyList<string> values) => values
        .Select(value => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
        .Where(id => id > 0)
        .Distinct()
        .ToArray();

    /// <summary>Orders found entities as the stored values list them.</summary>
    protected static IList<SegmentPickerOption> InOrder(IReadOnlyList<string> values, IEnumerable<SegmentPickerOption> found)
    {
        var byValue = found.GroupBy(option => option.Value).ToDictionary(group => group.Key, group => group.First());
        return values.Where(byValue.ContainsKey).Distinct().Select(value => byValue[value]).ToList();
    }

    /// <summary>Gets the distinct names of the imported traits, cached: the attribute table has rows for every customer.</summary>
    protected virtual async Task<IList<string>> GetTraitNamesAsync()
    {
        var key = _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.SegmentTraitNamesCacheKey);
        return await _staticCacheManager.GetAsync(key, async () =>
        {
            var kind = (int)ProfileAttributeKind.Trait;
            //the repository reads entities only, so each distinct name comes back in an otherwise empty row
            var rows = await _attributeRepository.GetAllAsync(query => query
                .Where(attribute => attribute.KindId == kind && attribute.Name != null)
                .Select(attribute => attribute.Name)
                .Distinct()
                .OrderBy(name => name)
                .Take(MaxTraitNames)
                .Select(name => new CustomerProfileAttribute { Name = name }));
            return (IList<string>)rows.Select(row => row.Name).ToList();
        });
    }

    protected virtual async Task<IList<SegmentPickerOption>> SearchProductsAsync(string term, int limit)
    {
        //the repository rather than IProductService.SearchProductsAsync, whose signature differs between 4.90 builds
        var lower = term.ToLowerInvariant();
        var hasId = int.TryParse(term, NumberStyles.None, CultureInfo.InvariantCulture, out var id);
        var products = await _productRepository.GetAllAsync(query => query
            .Where(product => !product.Deleted && (product.Name.ToLower().Contains(lower) || (hasId && product.Id == id)))
            .OrderBy(product => product.Name)
            .Take(limit));
        return products.Select(product => Option(product.Id, product.Name)).ToList();
    }

    protected virtual async Task<IList<SegmentPickerOption>> CategoryOptionsAsync(IEnumerable<Category> categories)
    {
        //the path tells apart categories of the same name under different parents
        var options = new List<SegmentPickerOption>();
        foreach (var category in categories)
            options.Add(Option(category.Id, await _categoryService.GetFormattedBreadCrumbAsync(category)));
        return options;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Searches a kind of entity by a part of its name (or its id)
    /// </summary>
    /// <param name="kind">One of <see cref="SegmentPickers"/></param>
    /// <param name="term">What the merchant typed; empty for the first ones</param>
    /// <param name="limit">The most choices to return</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the choices, by name
    /// </returns>
    /// <exception cref="ArgumentException">The kind is not one of <see cref="SegmentPickers"/></exception>
    public virtual async Task<IList<SegmentPickerOption>> SearchAsync(string kind, string term, int limit)
    {
        term = term?.Trim() ?? string.Empty;
        limit = Math.Clamp(limit, 1, 100);
        switch (kind)
        {
            case SegmentPickers.Product:
                return await SearchProductsAsync(term, limit);
            case SegmentPickers.Category:
                return await CategoryOptionsAsync(await _categoryService.GetAllCategoriesAsync(term, pageSize: limit, showHidden: true));
            case SegmentPickers.Manufacturer:
                return (await _manufacturerService.GetAllManufacturersAsync(term, pageSize: limit, showHidden: true))
                    .Select(manufacturer => Option(manufacturer.Id, manufacturer.Name)).ToList();
            case SegmentPickers.Trait:
                return (await GetTraitNamesAsync()).Where(name => Matches(name, term)).Take(limit)
                    .Select(name => new SegmentPickerOption(name, name)).ToList();
            case SegmentPickers.Role:
                return (await _customerService.GetAllCustomerRolesAsync(showHidden: true)).Where(role => Matches(role.Name, term))
                    .OrderBy(role => role.Name).Take(limit).Select(role => Option(role.Id, role.Name)).ToList();
            case SegmentPickers.Store:
                return (await _storeService.GetAllStoresAsync()).Where(store => Matches(store.Name, term))
                    .Take(limit).Select(store => Option(store.Id, store.Name)).ToList();
            case SegmentPickers.Segment:
                return (await _segmentService.GetAllSegmentsAsync(name: string.IsNullOrEmpty(term) ? null : term, pageSize: limit))
                    .Select(segment => Option(segment.Id, segment.Name)).ToList();
            default:
                throw new ArgumentException($"'{kind}' is not a picker; known pickers are {string.Join(", ", SegmentPickers.All)}.", nameof(kind));
        }
    }

    /// <summary>
    /// Gets the names of chosen entities, so that a stored rule shows names rather than ids
    /// </summary>
    /// <param name="kind">One of <see cref="SegmentPickers"/></param>
    /// <param name="values">The stored values</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the choices that still exist, in the order given
    /// </returns>
    /// <exception cref="ArgumentException">The kind is not one of <see cref="SegmentPickers"/></exception>
    public virtual async Task<IList<SegmentPickerOption>> GetOptionsAsync(string kind, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var ids = Ids(values);
        switch (kind)
        {
            case SegmentPickers.Product:
                return InOrder(values, (await _productService.GetProductsByIdsAsync(ids)).Select(product => Option(product.Id, product.Name)));
            case SegmentPickers.Category:
                return InOrder(values, await CategoryOptionsAsync(await _categoryService.GetCategoriesByIdsAsync(ids)));
            case SegmentPickers.Manufacturer:
                return InOrder(values, (await _manufacturerService.GetManufacturersByIdsAsync(ids)).Select(manufacturer => Option(manufacturer.Id, manufacturer.Name)));
            case SegmentPickers.Trait:
                //a trait no contact has yet is still a valid name to segment on
                return values.Where(value => !string.IsNullOrWhiteSpace(value)).Distinct().Select(value => new SegmentPickerOption(value, value)).ToList();
            case SegmentPickers.Role:
                return InOrder(values, (await _customerService.GetAllCustomerRolesAsync(showHidden: true)).Select(role => Option(role.Id, role.Name)));
            case SegmentPickers.Store:
                return InOrder(values, (await _storeService.GetAllStoresAsync()).Select(store => Option(store.Id, store.Name)));
            case SegmentPickers.Segment:
                var segments = new List<SegmentPickerOption>();
                foreach (var id in ids)
                {
                    if (await _segmentService.GetSegmentByIdAsync(id) is { } segment)
                        segments.Add(Option(segment.Id, segment.Name));
                }

                return InOrder(values, segments);
            default:
                throw new ArgumentException($"'{kind}' is not a picker; known pickers are {string.Join(", ", SegmentPickers.All)}.", nameof(kind));
        }
    }

    #endregion
}
