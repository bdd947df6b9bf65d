using Nop.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Mapping;

/// <summary>
/// Maps the segment engine's entities to prefixed table names (nopCommerce merges every INameCompatibility it finds).
/// </summary>
public class SegmentNameCompatibility : INameCompatibility
{
    /// <summary>Gets the table name of each entity.</summary>
    public Dictionary<Type, string> TableNames => new()
    {
        [typeof(CustomerProfileAttribute)] = SegmentTables.CustomerProfileAttribute
    };

    /// <summary>Gets column renames; none, columns carry the property names.</summary>
    public Dictionary<(Type, string), string> ColumnName => new();
}
