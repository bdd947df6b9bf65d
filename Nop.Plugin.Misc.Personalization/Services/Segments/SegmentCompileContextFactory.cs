using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The one place a segment compile context is built: category trees and product mappings from the store's catalog
/// (cached per category and manufacturer), the stored segments as directory, and the RFM boundaries.
/// </summary>
public class SegmentCompileContextFactory : ISegmentCompileContextFactory
{
    #region Fields

    protected readonly IRepository<Category> _categoryRepository;
    protected readonly IRepository<ProductCategory> _productCategoryRepository;
    protected readonly IRepository<ProductManufacturer> _productManufacturerRepository;
    protected readonly IRepository<Segment> _segmentRepository;
    protected readonly IStaticCacheManager _staticCacheManager;

    #endregion

    #region Ctor

    public SegmentCompileContextFactory(IRepository<Category> categoryRepository,
        IRepository<ProductCategory> productCategoryRepository,
        IRepository<ProductManufacturer> productManufacturerRepository,
        IRepository<Segment> segmentRepository,
        IStaticCacheManager staticCacheManager)
    {
        _categoryRepository = categoryRepository;
        _productCategoryRepository = productCategoryRepository;
        _productManufacturerRepository = productManufacturerRepository;
        _segmentRepository = segmentRepository;
        _staticCacheManager = staticCacheManager;
    }

    #endregion

    #region Utilities

    /// <summary>Collects the categories and manufacturers the rules name, following membership conditions into the stored rules.</summary>
    protected static void CollectCatalogIds(RuleNode node, IReadOnlyDictionary<int, SegmentRule> stored, ISet<int> visitedSegments,
        ISet<int> categories, ISet<int> manufacturers)
    {
        switch (node)
        {
            case RuleGroup group:
                foreach (var child in group.Children ?? [])
                    CollectCatalogIds(child, stored, visitedSegments, categories, manufacturers);
                break;
            case RuleCondition condition:
                if (ConditionReader.TryInteger(condition.Get(ConditionTypes.Category), out var category) && category > 0)
                    categories.Add(category);
                //the page condition names its category in the value
                if (condition.Type == ConditionTypes.Page && condition.Get(ConditionTypes.Check) == ConditionTypes.PageCategory
                    && ConditionReader.TryInteger(condition.Get(ConditionTypes.Value), out var page) && page > 0)
                    categories.Add(page);
                if (condition.Get(ConditionTypes.Manufacturer) is { } list && ConditionReader.TryIds(list, out var ids, out _))
                    manufacturers.UnionWith(ids);
                if (condition.Type == ConditionTypes.Segment && ConditionReader.Integer(condition, ConditionTypes.SegmentId) is { } segmentId
                    && visitedSegments.Add(segmentId) && stored.TryGetValue(segmentId, out var other))
                    CollectCatalogIds(other.Root, stored, visitedSegments, categories, manufacturers);
                break;
        }
    }

    /// <summary>Gets a category with all of its (not deleted) descendants, walking ParentCategoryId one level per query.</summary>
    protected virtual Task<int[]> GetCategoryWithDescendantsAsync(int categoryId)
    {
        var key = _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.SegmentCategoryDescendantsCacheKey, categoryId);
        return _staticCacheManager.GetAsync(key, () =>
        {
            var result = new HashSet<int> { categoryId };
            var level = new[] { categoryId };
            while (level.Length > 0)
            {
                var parents = level;
                //a cycle in the store's tree must not loop forever
                level = _categoryRepository.Table
                    .Where(child => parents.Contains(child.ParentCategoryId) && !child.Deleted)
                    .Select(child => child.Id)
                    .ToList()
                    .Where(result.Add)
                    .ToArray();
            }

            return result.Order().ToArray();
        });
    }

    /// <summary>Gets the products mapped to a category.</summary>
    protected virtual Task<int[]> GetCategoryProductsAsync(int categoryId)
    {
        var key = _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.SegmentCategoryProductsCacheKey, categoryId);
        return _staticCacheManager.GetAsync(key, () => _productCategoryRepository.Table
            .Where(mapping => mapping.CategoryId == categoryId)
            .Select(mapping => mapping.ProductId)
            .Distinct()
            .ToArray());
    }

    /// <summary>Gets the products of a manufacturer.</summary>
    protected virtual Task<int[]> GetManufacturerProductsAsync(int manufacturerId)
    {
        var key = _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.SegmentManufacturerProductsCacheKey, manufacturerId);
        return _staticCacheManager.GetAsync(key, () => _productManufacturerRepository.Table
            .Where(mapping => mapping.ManufacturerId == manufacturerId)
            .Select(mapping => mapping.ProductId)
            .Distinct()
            .ToArray());
    }

    #endregion

    #region Methods

    /// <summary>
    /// Gets the stored segments' rules
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the rules by segment id (a segment whose JSON cannot be read is left out)
    /// </returns>
    public virtual async Task<IReadOnlyDictionary<int, SegmentRule>> GetStoredRulesAsync()
    {
        var rules = new Dictionary<int, SegmentRule>();
        foreach (var segment in await _segmentRepository.GetAllAsync(query => query))
        {
            if (SegmentRuleJson.TryRead(segment.RuleJson, out var rule, out _))
                rules[segment.Id] = rule;
        }

        return rules;
    }

    /// <summary>
    /// Builds a compile context for rules: the catalog facts they (and the segments they refer to) name, and the stored segments
    /// </summary>
    /// <param name="rules">The rules that will be compiled or validated with the context</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the context
    /// </returns>
    public virtual async Task<SegmentCompileContext> CreateAsync(IEnumerable<SegmentRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var stored = await GetStoredRulesAsync();
        var categories = new HashSet<int>();
        var manufacturers = new HashSet<int>();
        var visited = new HashSet<int>();
        foreach (var rule in rules.Where(rule => rule?.Root != null))
            CollectCatalogIds(rule.Root, stored, visited, categories, manufacturers);

        var descendants = new Dictionary<int, int[]>();
        foreach (var category in categories)
            descendants[category] = await GetCategoryWithDescendantsAsync(category);
        var productsByCategory = new Dictionary<int, int[]>();
        foreach (var category in descendants.Values.SelectMany(ids => ids).Distinct())
            productsByCategory[category] = await GetCategoryProductsAsync(category);
        var productsByManufacturer = new Dictionary<int, int[]>();
        foreach (var manufacturer in manufacturers)
            productsByManufacturer[manufacturer] = await GetManufacturerProductsAsync(manufacturer);

        return new SegmentCompileContext
        {
            Catalog = new StoreSegmentCatalog(descendants, productsByCategory, productsByManufacturer),
            Segments = new SegmentDirectory(stored),
            //the engine computes no store quintiles from profiles yet, so the fixed cut points apply
            Rfm = RfmBoundaries.Default
        };
    }

    #endregion
}
