using Personalization.Engine.Recommendations.Rules;

namespace Nop.Plugin.Misc.Personalization.Services.Merchandising;

/// <summary>
/// The merchandising rules ready to apply to one slot for the current visitor.
/// </summary>
/// <param name="Rules">The compiled active rules.</param>
/// <param name="Catalog">The catalog facts they read.</param>
/// <param name="Context">The slot and visitor.</param>
public sealed record MerchandisingPass(MerchandisingRules Rules, CatalogFacts Catalog, RuleContext Context)
{
    /// <summary>Gets the products the rules that fire may add, to load with the slot's list.</summary>
    public IReadOnlyCollection<int> CandidateProductIds() => Rules.CandidateProductIds(Context, Catalog);

    /// <summary>Applies the rules that fire to the slot's list; products they add must pass <paramref name="isServable"/>.</summary>
    public IReadOnlyList<RuleItem> Apply(IReadOnlyList<RuleItem> list, Func<int, bool> isServable) => Rules.Apply(list, Context, Catalog, isServable);
}
