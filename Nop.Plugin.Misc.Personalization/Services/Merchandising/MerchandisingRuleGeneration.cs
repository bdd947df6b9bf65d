using Personalization.Engine.Recommendations.Rules;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// One compile of the active merchandising rules, with the catalog facts they read.
/// </summary>
/// <param name="Version">The rules version compiled.</param>
/// <param name="CompiledOnUtc">When it was compiled; the catalog facts are as old.</param>
/// <param name="Rules">The compiled active rules of every store (each rule names its store).</param>
/// <param name="Catalog">Prices, categories and manufacturers of the published products; empty when there are no rules.</param>
public sealed record MerchandisingRuleGeneration(string Version, DateTime CompiledOnUtc, MerchandisingRules Rules, CatalogFacts Catalog);
