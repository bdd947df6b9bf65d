using System.Text;
using LinqToDB;
using Microsoft.Extensions.Logging.Abstractions;
using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Npgsql;
using Personalization.Engine.Segments;

namespace Personalization.SegmentScale;

/// <summary>
/// The plugin's segment services over the loaded database, wired as the store wires them: segments are saved through
/// <see cref="SegmentService"/> (which validates them) and materialized by <see cref="SegmentMaterializationService"/>.
/// </summary>
public sealed class ScaleMaterializer : IDisposable
{
    readonly ScaleDatabase _database;
    readonly DateTime _nowUtc;
    readonly List<IDisposable> _repositories = [];
    readonly SegmentMembershipService _membership;
    readonly SegmentCompileContextFactory _contexts;
    readonly SegmentService _segments;
    readonly SegmentMaterializationService _materialization;
    readonly Linq2DbRepository<Category> _categories;
    readonly Linq2DbRepository<ProductCategory> _productCategories;
    readonly Linq2DbRepository<ProductManufacturer> _productManufacturers;

    /// <summary>Creates the services; the materialization's clock stands at <paramref name="nowUtc"/>.</summary>
    public ScaleMaterializer(ScaleDatabase database, DateTime nowUtc)
    {
        _database = database;
        _nowUtc = nowUtc;
        var clock = new FixedTimeProvider(nowUtc);
        var cache = new UncachedStaticCacheManager();
        var profiles = Plugin<CustomerProfile>();
        var events = Plugin<TrackedEvent>();
        var segments = Plugin<Segment>();
        var members = Plugin<SegmentMember>();
        _categories = Store<Category>(ScaleDatabase.CategoryTable);
        _productCategories = Store<ProductCategory>(ScaleDatabase.ProductCategoryTable);
        _productManufacturers = Store<ProductManufacturer>(ScaleDatabase.ProductManufacturerTable);
        _membership = new SegmentMembershipService(profiles, Plugin<CustomerProfileAttribute>(), Store<ShoppingCartItem>(nameof(ShoppingCartItem)), events);
        _contexts = new SegmentCompileContextFactory(_categories, _productCategories, _productManufacturers, segments, cache);
        //no segment of the run fills a customer role, so the sync never reads nopCommerce's customer tables
        var roles = new SegmentRoleSyncService(Store<Customer>("Customer"), Store<CustomerCustomerRoleMapping>("Customer_CustomerRole_Mapping"),
            Store<CustomerRole>("CustomerRole"), segments, members, cache);
        _segments = new SegmentService(segments, members, Plugin<SegmentSizeSnapshot>(), _contexts, roles, clock);
        _materialization = new SegmentMaterializationService(Publisher, new InProcessLocker(), NullLogger<SegmentMaterializationService>.Instance,
            profiles, segments, members, Plugin<SegmentSizeSnapshot>(), events, _contexts, _membership, roles, clock);
    }

    /// <summary>Gets the membership events the materialization published.</summary>
    public RecordingEventPublisher Publisher { get; } = new();

    Linq2DbRepository<T> Plugin<T>() where T : BaseEntity => Store<T>(new PersonalizationNameCompatibility().TableNames[typeof(T)]);

    Linq2DbRepository<T> Store<T>(string table) where T : BaseEntity
    {
        var repository = new Linq2DbRepository<T>(_database.Options, table);
        _repositories.Add(repository);
        return repository;
    }

    /// <summary>Writes the catalogue into nopCommerce's tables, where the compile context reads category trees and products.</summary>
    public Task WriteCatalogAsync(RetailCatalog catalog) => RetailStoreWriter.WriteCatalogAsync(catalog, _categories, _productCategories, _productManufacturers);

    /// <summary>Saves the segments through the segment service.</summary>
    public Task<IReadOnlyList<Segment>> InsertSegmentsAsync(IReadOnlyList<KeyValuePair<int, ScaleSegment>> segments) => ScaleSegments.SaveAsync(_segments, segments);

    /// <summary>Materializes every active segment, as the scheduled task does.</summary>
    public Task<IList<SegmentMaterializationResult>> MaterializeAllAsync() => _materialization.MaterializeActiveSegmentsAsync();

    /// <summary>Gets PostgreSQL's plan of a segment's member query, with the actual rows and times.</summary>
    public async Task<string> ExplainAsync(ScaleSegment segment)
    {
        var context = await _contexts.CreateAsync([segment.Rule]);
        var sql = _membership.QueryMembers(segment.Rule, _nowUtc, context).Select(profile => profile.CustomerId)
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
        foreach (var repository in _repositories)
            repository.Dispose();
    }

    /// <summary>The materialization's clock, fixed at the time the data was generated for.</summary>
    sealed class FixedTimeProvider(DateTime nowUtc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(nowUtc, TimeSpan.Zero);
    }
}
