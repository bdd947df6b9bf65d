namespace Nop.Plugin.Misc.Personalization.Domain;

/// <summary>
/// How a slot lays out its products.
/// </summary>
public enum RecommendationSlotLayout
{
    /// <summary>The theme's product grid, as nopCommerce's "related products".</summary>
    Grid = 0,

    /// <summary>One row that slides with nopCommerce's Swiper, for zones with little room.</summary>
    Carousel = 10
}
