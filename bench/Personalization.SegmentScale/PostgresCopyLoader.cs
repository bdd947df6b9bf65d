using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Npgsql;
using NpgsqlTypes;

namespace Personalization.SegmentScale;

/// <summary>
/// Writes generated customers into PostgreSQL with Npgsql's binary COPY: one COPY per table, all four open at once on
/// their own connections, so the customers are generated and written in a single pass.
/// </summary>
public sealed class PostgresCopyLoader
{
    static readonly CopyTable<CustomerProfile> Profiles = new CopyTable<CustomerProfile>(PersonalizationTables.CustomerProfile)
        .Int(nameof(CustomerProfile.CustomerId), p => p.CustomerId)
        .Uuid(nameof(CustomerProfile.VisitorId), p => p.VisitorId)
        .Int(nameof(CustomerProfile.StoreId), p => p.StoreId)
        .Moment(nameof(CustomerProfile.FirstSeenOnUtc), p => p.FirstSeenOnUtc)
        .Moment(nameof(CustomerProfile.LastSeenOnUtc), p => p.LastSeenOnUtc)
        .Int(nameof(CustomerProfile.VisitCount), p => p.VisitCount)
        .Int(nameof(CustomerProfile.PageViewCount), p => p.PageViewCount)
        .Int(nameof(CustomerProfile.ProductViewCount), p => p.ProductViewCount)
        .Int(nameof(CustomerProfile.CategoryViewCount), p => p.CategoryViewCount)
        .Int(nameof(CustomerProfile.CartAddCount), p => p.CartAddCount)
        .Number(nameof(CustomerProfile.CartValue), p => p.CartValue)
        .Int(nameof(CustomerProfile.OrderCount), p => p.OrderCount)
        .Number(nameof(CustomerProfile.LifetimeValue), p => p.LifetimeValue)
        .Number(nameof(CustomerProfile.AverageOrderValue), p => p.AverageOrderValue)
        .Moment(nameof(CustomerProfile.LastOrderOnUtc), p => p.LastOrderOnUtc)
        .Text(nameof(CustomerProfile.FirstTouchSource), p => p.FirstTouchSource)
        .Text(nameof(CustomerProfile.LastTouchSource), p => p.LastTouchSource)
        .Text(nameof(CustomerProfile.Device), p => p.Device)
        .Text(nameof(CustomerProfile.Country), p => p.Country)
        .Int(nameof(CustomerProfile.PriceTierId), p => p.PriceTierId)
        .Number(nameof(CustomerProfile.DiscountShare), p => p.DiscountShare)
        .Text(nameof(CustomerProfile.TraitsJson), p => p.TraitsJson)
        .Text(nameof(CustomerProfile.StateJson), p => p.StateJson)
        .Text(nameof(CustomerProfile.RolledUpStateJson), p => p.RolledUpStateJson)
        .Moment(nameof(CustomerProfile.UpdatedOnUtc), p => p.UpdatedOnUtc);

    static readonly CopyTable<TrackedEvent> Events = new CopyTable<TrackedEvent>(PersonalizationTables.TrackedEvent)
        .Int(nameof(TrackedEvent.CustomerId), e => e.CustomerId)
        .Uuid(nameof(TrackedEvent.VisitorId), e => e.VisitorId)
        .Int(nameof(TrackedEvent.StoreId), e => e.StoreId)
        .Int(nameof(TrackedEvent.EventTypeId), e => e.EventTypeId)
        .Int(nameof(TrackedEvent.EntityId), e => e.EntityId)
        .Number(nameof(TrackedEvent.Value), e => e.Value)
        .Text(nameof(TrackedEvent.Label), e => e.Label)
        .Uuid(nameof(TrackedEvent.SessionId), e => e.SessionId)
        .Moment(nameof(TrackedEvent.CreatedOnUtc), e => e.CreatedOnUtc);

    static readonly CopyTable<CustomerProfileAttribute> Attributes = new CopyTable<CustomerProfileAttribute>(SegmentTables.CustomerProfileAttribute)
        .Int(nameof(CustomerProfileAttribute.CustomerId), a => a.CustomerId)
        .Int(nameof(CustomerProfileAttribute.KindId), a => a.KindId)
        .Text(nameof(CustomerProfileAttribute.Name), a => a.Name)
        .Int(nameof(CustomerProfileAttribute.EntityId), a => a.EntityId)
        .Number(nameof(CustomerProfileAttribute.NumberValue), a => a.NumberValue)
        .Text(nameof(CustomerProfileAttribute.TextValue), a => a.TextValue)
        .Moment(nameof(CustomerProfileAttribute.DateValue), a => a.DateValue);

    static readonly CopyTable<ShoppingCartItem> Cart = new CopyTable<ShoppingCartItem>(nameof(ShoppingCartItem))
        .Int(nameof(ShoppingCartItem.StoreId), i => i.StoreId)
        .Int(nameof(ShoppingCartItem.ShoppingCartTypeId), i => i.ShoppingCartTypeId)
        .Int(nameof(ShoppingCartItem.CustomerId), i => i.CustomerId)
        .Int(nameof(ShoppingCartItem.ProductId), i => i.ProductId)
        .Int(nameof(ShoppingCartItem.Quantity), i => i.Quantity)
        .Number(nameof(ShoppingCartItem.CustomerEnteredPrice), i => i.CustomerEnteredPrice)
        .Moment(nameof(ShoppingCartItem.CreatedOnUtc), i => i.CreatedOnUtc)
        .Moment(nameof(ShoppingCartItem.UpdatedOnUtc), i => i.UpdatedOnUtc);

    readonly string _connectionString;

    /// <summary>Creates a loader into a database whose tables exist.</summary>
    public PostgresCopyLoader(string connectionString) => _connectionString = connectionString;

    /// <summary>Writes the customers' rows; returns the rows written per table.</summary>
    /// <remarks>Synchronous on purpose: tens of millions of field writes, nearly all buffered, are cheaper without a task each.</remarks>
    public LoadedRows Load(IEnumerable<GeneratedVisitor> visitors, DateTime nowUtc)
    {
        using var profiles = Profiles.Begin(_connectionString);
        using var events = Events.Begin(_connectionString);
        using var attributes = Attributes.Begin(_connectionString);
        using var cart = Cart.Begin(_connectionString);
        var loaded = new LoadedRows();
        foreach (var visitor in visitors)
        {
            profiles.Write(RetailRows.Profile(visitor, nowUtc));
            loaded.Profiles++;
            foreach (var row in RetailRows.Events(visitor))
            {
                events.Write(row);
                loaded.Events++;
            }

            foreach (var row in RetailRows.Attributes(visitor))
            {
                attributes.Write(row);
                loaded.Attributes++;
            }

            foreach (var row in RetailRows.Cart(visitor))
            {
                cart.Write(row);
                loaded.CartLines++;
            }
        }

        profiles.Complete();
        events.Complete();
        attributes.Complete();
        cart.Complete();
        return loaded;
    }

    sealed record Column<T>(string Name, Action<NpgsqlBinaryImporter, T> Write);

    sealed class CopyTable<T>(string table)
    {
        readonly List<Column<T>> _columns = [];

        public CopyTable<T> Int(string name, Func<T, int> value) => Add(name, (importer, row) => importer.Write(value(row), NpgsqlDbType.Integer));

        public CopyTable<T> Uuid(string name, Func<T, Guid> value) => Add(name, (importer, row) => importer.Write(value(row), NpgsqlDbType.Uuid));

        public CopyTable<T> Number(string name, Func<T, decimal?> value) => Add(name, (importer, row) =>
        {
            if (value(row) is { } number)
                importer.Write(number, NpgsqlDbType.Numeric);
            else
                importer.WriteNull();
        });

        public CopyTable<T> Text(string name, Func<T, string> value) => Add(name, (importer, row) =>
        {
            if (value(row) is { } text)
                importer.Write(text, NpgsqlDbType.Varchar);
            else
                importer.WriteNull();
        });

        //the columns are "timestamp without time zone" holding UTC, which Npgsql writes only from unspecified-kind values
        public CopyTable<T> Moment(string name, Func<T, DateTime?> value) => Add(name, (importer, row) =>
        {
            if (value(row) is { } moment)
                importer.Write(DateTime.SpecifyKind(moment, DateTimeKind.Unspecified), NpgsqlDbType.Timestamp);
            else
                importer.WriteNull();
        });

        CopyTable<T> Add(string name, Action<NpgsqlBinaryImporter, T> write)
        {
            _columns.Add(new Column<T>(name, write));
            return this;
        }

        public Writer Begin(string connectionString)
        {
            var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            var names = string.Join(", ", _columns.Select(column => $"\"{column.Name}\""));
            return new Writer(connection, connection.BeginBinaryImport($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)"), _columns.ToArray());
        }

        public sealed class Writer(NpgsqlConnection connection, NpgsqlBinaryImporter importer, Column<T>[] columns) : IDisposable
        {
            public void Write(T row)
            {
                importer.StartRow();
                foreach (var column in columns)
                    column.Write(importer, row);
            }

            public void Complete() => importer.Complete();

            public void Dispose()
            {
                importer.Dispose();
                connection.Dispose();
            }
        }
    }
}
