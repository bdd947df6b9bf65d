using System.Text.Json;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Profiles;

namespace Nop.Plugin.Misc.Personalization.Services.Profiles;

/// <summary>
/// Copies the engine's profile state into the profile table's row: the columns segments query, and the whole state as JSON.
/// </summary>
public static class CustomerProfileMapping
{
    /// <summary>Writes a state into its row (the row's id is kept).</summary>
    public static void CopyToRow(CustomerProfileState state, CustomerProfile row, DateTime now)
    {
        row.CustomerId = state.CustomerId;
        row.VisitorId = state.LastVisitorId;
        row.StoreId = state.FirstStoreId;
        row.FirstSeenOnUtc = state.FirstSeenUtc ?? now;
        row.LastSeenOnUtc = state.LastSeenUtc ?? now;
        row.VisitCount = state.Visits;
        row.PageViewCount = state.PageViews;
        row.ProductViewCount = state.ProductViews;
        row.CategoryViewCount = state.CategoryViews;
        row.CartAddCount = state.CartAdds;
        row.CartValue = state.CartValue;
        row.OrderCount = state.Orders;
        row.LifetimeValue = state.LifetimeValue;
        row.AverageOrderValue = state.AverageOrderValue;
        row.LastOrderOnUtc = state.LastOrderUtc;
        row.FirstTouchSource = state.FirstTouchSource;
        row.LastTouchSource = state.LastTouchSource;
        row.Device = state.Device;
        row.Country = state.Country;
        row.PriceTierId = (int)state.PriceTier;
        row.DiscountShare = decimal.Round(state.DiscountShare, 4);
        row.TraitsJson = state.Traits.Count > 0 ? JsonSerializer.Serialize(state.Traits) : null;
        row.StateJson = JsonSerializer.Serialize(state);
        row.UpdatedOnUtc = now;
    }
}
