using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// A precomputed recommendation list of one strategy for one product, category or customer, from one training run.
/// </summary>
public class RecommendationList : BaseEntity
{
    /// <summary>Gets or sets the strategy (AlsoBought, ViewedTogether, TopSellersInCategory, PickedForYou, TopSellers).</summary>
    public string Strategy { get; set; }

    /// <summary>Gets or sets the product, category or customer the list is for; 0 for the store-wide list.</summary>
    public int AnchorId { get; set; }

    /// <summary>Gets or sets the customer of a personal list (so it is erased with the customer); 0 for other lists.</summary>
    public int CustomerId { get; set; }

    /// <summary>Gets or sets the training run that wrote the list; the store serves the current run's lists only.</summary>
    public int Version { get; set; }

    /// <summary>Gets or sets the items as JSON: product id, score and reason, best first.</summary>
    public string ItemsJson { get; set; }

    /// <summary>Gets or sets when the list was written (UTC).</summary>
    public DateTime CreatedOnUtc { get; set; }
}
