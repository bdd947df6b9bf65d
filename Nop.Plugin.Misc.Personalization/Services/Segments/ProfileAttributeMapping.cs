using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Converts the engine's profile attribute into its row in the narrow attribute table.
/// </summary>
public static class ProfileAttributeMapping
{
    /// <summary>Maps an attribute of a customer to its row, cutting the name and text to the column sizes.</summary>
    public static CustomerProfileAttribute ToRow(int customerId, ProfileAttribute attribute) => new()
    {
        CustomerId = customerId,
        KindId = (int)attribute.Kind,
        Name = Truncate(attribute.Name, SegmentTables.NameMaxLength),
        EntityId = attribute.EntityId,
        NumberValue = attribute.NumberValue,
        TextValue = Truncate(attribute.TextValue, SegmentTables.TextMaxLength),
        DateValue = attribute.DateValue
    };

    static string Truncate(string value, int length) => value?.Length > length ? value[..length] : value;
}
