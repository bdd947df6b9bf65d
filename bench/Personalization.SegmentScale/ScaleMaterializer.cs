using System.Diagnostics;
using System.Text;
using LinqToDB;
using LinqToDB.Async;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Npgsql;
using Personalization.Engine.Segments;

namespace Personalization.SegmentScale;

/// <summary>
/// Materializes the scale run's segments through the plugin's services over the loaded database.
/// </summary>
public sealed class ScaleMaterializer : IDisposable
{
    readonly ScaleDatabase _database;
    readonly DateTime _nowUtc;
    readonly SegmentCompileContext _context;
    readonly Linq2DbRepository<CustomerProfile> _profiles;
    readonly Linq2DbRepository<CustomerProfileAttribute> _attributes;
    readonly Linq2DbRepository<ShoppingCartItem> _cart;
    readonly Linq2DbRepository<TrackedEvent> _events;
    readonly SegmentMembershipService _membership;

    /// <summary>Creates the services over the database.</summary>
    public ScaleMaterializer(ScaleDatabase database, DateTime nowUtc, SegmentCompileContext context)
    {
        _database = database;
        _nowUtc = nowUtc;
        _context = context;
        var names = new PersonalizationNameCompatibility();
        _profiles = new Linq2DbRepository<CustomerProfile>(database.Options, names.TableNames[typeof(CustomerProfile)]);
        _attributes = new Linq2DbRepository<CustomerProfileAttribute>(database.Options, names.TableNames[typeof(CustomerProfileAttribute)]);
        _cart = new Linq2DbRepository<ShoppingCartItem>(database.Options, nameof(ShoppingCartItem));
        _events = new Linq2DbRepository<TrackedEvent>(database.Options, names.TableNames[typeof(TrackedEvent)]);
        _membership = new SegmentMembershipService(_profiles, _attributes, _cart, _events);
    }

    /// <summary>Materializes one segment and times it.</summary>
    public async Task<SegmentTiming> MaterializeAsync(int id, ScaleSegment segment)
    {
        var clock = Stopwatch.StartNew();
        var members = await _membership.QueryMembers(segment.Rule, _nowUtc, _context).CountAsync();
        return new SegmentTiming(id, segment.Name, members, clock.Elapsed.TotalSeconds);
    }

    /// <summary>Gets PostgreSQL's plan of a segment's member query, with the actual rows and times.</summary>
    public async Task<string> ExplainAsync(ScaleSegment segment)
    {
        var sql = _membership.QueryMembers(segment.Rule, _nowUtc, _context).Select(profile => profile.CustomerId)
            .ToSqlQuery(new SqlGenerationOptions { InlineParameters = true }).Sql;
        await using var connection = await _database.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sql, connection);
        var plan = new StringBuilder(sql).AppendLine();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            plan.AppendLine(reader.GetString(0));
        return plan.ToString();
    }

    /// <summary>Closes the connections.</summary>
    public void Dispose()
    {
        _profiles.Dispose();
        _attributes.Dispose();
        _cart.Dispose();
        _events.Dispose();
    }
}
