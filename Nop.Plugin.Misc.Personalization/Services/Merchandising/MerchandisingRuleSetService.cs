using Microsoft.Extensions.Logging;
using Nop.Core.Domain.Catalog;
using Nop.Data;
using Nop.Services.Configuration;
using Personalization.Engine.Recommendations.Rules;
using EngineRule = Personalization.Engine.Recommendations.Rules.MerchandisingRule;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// Compiles the active merchandising rules once per server, with the catalog facts they read, and recompiles them when
/// the rules version changes or the facts reach their age limit.
/// </summary>
/// <remarks>
/// The version is a setting (<see cref="PersonalizationSettings.MerchandisingRulesVersion"/>) that every rule insert,
/// update and delete rewrites (<see cref="MerchandisingRuleVersionEventConsumer"/>), as the campaigns version is: every
/// server of a farm sees it, and reading it costs nothing per request. The facts are one projection of the published
/// products (id, price), their category and manufacturer mappings and the category tree, read only when a rule is active.
/// </remarks>
public class MerchandisingRuleSetService : IMerchandisingRuleSetService
{
    #region Fields

    protected readonly ILogger<MerchandisingRuleSetService> _logger;
    protected readonly IMerchandisingRuleService _ruleService;
    protected readonly IRepository<Category> _categoryRepository;
    protected readonly IRepository<Product> _productRepository;
    protected readonly IRepository<ProductCategory> _productCategoryRepository;
    protected readonly IRepository<ProductManufacturer> _productManufacturerRepository;
    protected readonly ISettingService _settingService;
    protected readonly PersonalizationSettings _settings;
    protected readonly CompiledGenerations<MerchandisingRuleGeneration> _generations;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public MerchandisingRuleSetService(ILogger<MerchandisingRuleSetService> logger,
        IMerchandisingRuleService ruleService,
        IRepository<Category> categoryRepository,
        IRepository<Product> productRepository,
        IRepository<ProductCategory> productCategoryRepository,
        IRepository<ProductManufacturer> productManufacturerRepository,
        ISettingService settingService,
        PersonalizationSettings settings,
        CompiledGenerations<MerchandisingRuleGeneration> generations,
        TimeProvider timeProvider)
    {
        _logger = logger;
        _ruleService = ruleService;
        _categoryRepository = categoryRepository;
        _productRepository = productRepository;
        _productCategoryRepository = productCategoryRepository;
        _productManufacturerRepository = productManufacturerRepository;
        _settingService = settingService;
        _settings = settings;
        _generations = generations;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Reads the catalog facts: four narrow queries, no entity materialized.</summary>
    protected virtual CatalogFacts LoadCatalog()
    {
        var products = _productRepository.Table
            .Where(product => product.Published && !product.Deleted)
            .Select(product => new { product.Id, product.Price })
            .OrderBy(product => product.Id)
            .ToList();
        var categories = _productCategoryRepository.Table
            .Select(mapping => new { mapping.ProductId, mapping.CategoryId })
            .ToList()
            .ToLookup(mapping => mapping.ProductId, mapping => mapping.CategoryId);
        var manufacturers = _productManufacturerRepository.Table
            .Select(mapping => new { mapping.ProductId, mapping.ManufacturerId })
            .ToList()
            .ToLookup(mapping => mapping.ProductId, mapping => mapping.ManufacturerId);
        var parents = _categoryRepository.Table
            .Where(category => !category.Deleted)
            .Select(category => new { category.Id, category.ParentCategoryId })
            .ToList()
            .ToDictionary(category => category.Id, category => category.ParentCategoryId);

        return new CatalogFacts(products.Select(product => new ProductFacts(product.Id, product.Price,
            categories[product.Id].Distinct().ToArray(), manufacturers[product.Id].Distinct().ToArray())), parents);
    }

    protected virtual async Task<MerchandisingRuleGeneration> CompileAsync(string version, DateTime now)
    {
        var rules = new List<EngineRule>();
        foreach (var rule in await _ruleService.GetAllRulesAsync(active: true))
        {
            if (MerchandisingRuleMapping.TryRead(rule, out var engineRule, out var error))
                rules.Add(engineRule);
            else
                _logger.LogError("Personalization: merchandising rule {RuleId} ('{Name}') is not applied: {Reason}", rule.Id, rule.Name, error);
        }

        var compiled = MerchandisingRules.Compile(rules);
        return new MerchandisingRuleGeneration(version, now, compiled, compiled.Count == 0 ? CatalogFacts.Empty : LoadCatalog());
    }

    protected static bool IsCurrent(MerchandisingRuleGeneration generation, string version, DateTime now) =>
        generation.Version == version && now - generation.CompiledOnUtc < TimeSpan.FromMinutes(PersonalizationDefaults.MerchandisingRuleSetMaxAgeMinutes);

    #endregion

    #region Methods

    /// <summary>
    /// Gets the compiled active rules and the catalog facts they read; recompiles them first when the rules version
    /// differs from the one they were compiled at, or they are older than the catalog may stay
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the compiled rules
    /// </returns>
    public virtual async Task<MerchandisingRuleGeneration> GetRuleSetAsync()
    {
        var version = _settings.MerchandisingRulesVersion ?? string.Empty;
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var generation = _generations.Current;
        if (generation == null || !IsCurrent(generation, version, now))
            generation = await _generations.ReplaceAsync(current => IsCurrent(current, version, now), () => CompileAsync(version, now));

        return generation;
    }

    /// <summary>
    /// Records that the stored rules changed, so every server recompiles its rules on its next request
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task ChangeRulesVersionAsync()
    {
        var version = Guid.NewGuid().ToString("N");
        //saving clears nopCommerce's settings cache, on every server of a farm; this request's settings see it at once
        await _settingService.SetSettingAsync(PersonalizationDefaults.MerchandisingRulesVersionSettingKey, version);
        _settings.MerchandisingRulesVersion = version;
    }

    #endregion
}
