namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// What one slot did over a period: shown, clicked, added to carts, and the orders and revenue attributed to it.
/// </summary>
/// <param name="Impressions">Times the slot was shown with products.</param>
/// <param name="Clicks">Clicks on its products.</param>
/// <param name="AddToCarts">Products added to the cart from the slot.</param>
/// <param name="Orders">Orders holding a product clicked or added from the slot within the attribution window before the order.</param>
/// <param name="Revenue">What those products earned in those orders (unit price incl. tax times quantity, primary store currency).</param>
public sealed record RecommendationSlotFigures(int Impressions, int Clicks, int AddToCarts, int Orders, decimal Revenue)
{
    /// <summary>Gets a slot that did nothing.</summary>
    public static RecommendationSlotFigures None { get; } = new(0, 0, 0, 0, 0m);

    /// <summary>Gets the share of impressions that led to a click; 0 without impressions.</summary>
    public double ClickThroughRate => Impressions == 0 ? 0 : (double)Clicks / Impressions;
}
