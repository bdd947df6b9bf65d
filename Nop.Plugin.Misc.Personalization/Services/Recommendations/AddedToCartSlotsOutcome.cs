namespace Nop.Plugin.Misc.Personalization.Services.Recommendations;

/// <summary>
/// Whether to render the add-to-cart notification's slots: an HTTP status, a message for refused calls, and the product checked.
/// </summary>
public sealed record AddedToCartSlotsOutcome(int StatusCode, string Error = null, int ProductId = 0)
{
    /// <summary>Gets an answer for a call that gets no slots without an error (a crawler, no active slot).</summary>
    public static AddedToCartSlotsOutcome Nothing { get; } = new(204);

    /// <summary>Gets whether the slots are to be rendered for <see cref="ProductId"/>.</summary>
    public bool Render => StatusCode == 200;
}
