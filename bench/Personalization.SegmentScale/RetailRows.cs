using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Segments;

namespace Personalization.SegmentScale;

/// <summary>
/// The rows the store holds for a generated customer, written by the plugin's own mappings: the profile row, one event
/// row per event, the attribute rows the segment engine derives from the state, and nopCommerce's shopping cart lines.
/// </summary>
public static class RetailRows
{
    /// <summary>Gets the profile row.</summary>
    public static CustomerProfile Profile(GeneratedVisitor visitor, DateTime nowUtc)
    {
        var row = new CustomerProfile();
        CustomerProfileMapping.CopyToRow(visitor.State.Profile, row, nowUtc);
        return row;
    }

    /// <summary>Gets the event rows, oldest first.</summary>
    public static IEnumerable<TrackedEvent> Events(GeneratedVisitor visitor) => visitor.State.Events.Select(TrackedEventMapping.ToRow);

    /// <summary>Gets the attribute rows (traits, scores, affinities, roles, the fields without a column).</summary>
    public static IEnumerable<CustomerProfileAttribute> Attributes(GeneratedVisitor visitor) =>
        ProfileAttributes.From(visitor.State).Select(attribute => ProfileAttributeMapping.ToRow(visitor.State.Profile.CustomerId, attribute));

    /// <summary>Gets the shopping cart lines.</summary>
    public static IEnumerable<ShoppingCartItem> Cart(GeneratedVisitor visitor) => visitor.CartLines.Select(line => new ShoppingCartItem
    {
        CustomerId = visitor.State.Profile.CustomerId,
        StoreId = visitor.State.StoreId,
        ShoppingCartTypeId = ProfileSegmentSchema.ShoppingCartTypeId,
        ProductId = line.ProductId,
        Quantity = line.Quantity
    });
}
