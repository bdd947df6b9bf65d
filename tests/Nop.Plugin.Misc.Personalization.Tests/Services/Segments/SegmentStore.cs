using System.Text.Json;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Linq;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// A migrated test database with the tables batch segment evaluation reads, and a way to write visitor states into them
/// the way the plugin stores them (profile row, events, attributes, shopping cart lines).
/// </summary>
public sealed class SegmentStore : IDisposable
{
    readonly Linq2DbRepository<CustomerProfile> _profiles;
    readonly Linq2DbRepository<TrackedEvent> _events;
    readonly Linq2DbRepository<CustomerProfileAttribute> _attributes;
    readonly Linq2DbRepository<ShoppingCartItem> _cart;
    readonly List<IDisposable> _repositories = [];

    SegmentStore(TestDatabase database)
    {
        Database = database;
        var names = new PersonalizationNameCompatibility();
        _profiles = new Linq2DbRepository<CustomerProfile>(database, names);
        _events = new Linq2DbRepository<TrackedEvent>(database, names);
        _attributes = new Linq2DbRepository<CustomerProfileAttribute>(database, new PersonalizationNameCompatibility());
        _cart = new Linq2DbRepository<ShoppingCartItem>(database, nameof(ShoppingCartItem));
        Service = new SegmentMembershipService(_profiles, _attributes, _cart, _events);
        States = new VisitorStateService(_profiles, _attributes, _cart, _events);
        Segments = Repository<Segment>();
        Members = Repository<SegmentMember>();
        Snapshots = Repository<SegmentSizeSnapshot>();
        Categories = Repository<Category>("Category");
        ProductCategories = Repository<ProductCategory>("Product_Category_Mapping");
        ProductManufacturers = Repository<ProductManufacturer>("Product_Manufacturer_Mapping");
        Contexts = new SegmentCompileContextFactory(Categories, ProductCategories, ProductManufacturers, Segments, new UncachedStaticCacheManager());
        Customers = Repository<Customer>("Customer");
        Roles = Repository<CustomerRole>("CustomerRole");
        RoleMappings = Repository<CustomerCustomerRoleMapping>("Customer_CustomerRole_Mapping");
        RoleSync = new SegmentRoleSyncService(Customers, RoleMappings, Roles, Segments, Members, Cache);
        SegmentService = new SegmentService(Segments, Members, Snapshots, Contexts, RoleSync, TimeProvider.System);
        Materialization = new SegmentMaterializationService(Publisher, Locker, NullLogger<SegmentMaterializationService>.Instance, _profiles, Segments, Members,
            Snapshots, _events, Contexts, Service, RoleSync, Clock);
    }

    Linq2DbRepository<T> Repository<T>(string table = null) where T : Nop.Core.BaseEntity
    {
        var repository = table == null ? new Linq2DbRepository<T>(Database, new PersonalizationNameCompatibility()) : new Linq2DbRepository<T>(Database, table);
        _repositories.Add(repository);
        return repository;
    }

    /// <summary>Gets the database.</summary>
    public TestDatabase Database { get; }

    /// <summary>Gets the membership service over the store's tables.</summary>
    public SegmentMembershipService Service { get; }

    /// <summary>Gets the visitor state loader over the store's tables.</summary>
    public VisitorStateService States { get; }

    /// <summary>Gets the stored segments.</summary>
    public Linq2DbRepository<Segment> Segments { get; }

    /// <summary>Gets the materialized members.</summary>
    public Linq2DbRepository<SegmentMember> Members { get; }

    /// <summary>Gets the size history.</summary>
    public Linq2DbRepository<SegmentSizeSnapshot> Snapshots { get; }

    /// <summary>Gets nopCommerce's category table.</summary>
    public Linq2DbRepository<Category> Categories { get; }

    /// <summary>Gets nopCommerce's product-category mappings.</summary>
    public Linq2DbRepository<ProductCategory> ProductCategories { get; }

    /// <summary>Gets nopCommerce's product-manufacturer mappings.</summary>
    public Linq2DbRepository<ProductManufacturer> ProductManufacturers { get; }

    /// <summary>Gets the compile context factory over the store's catalog and segments.</summary>
    public SegmentCompileContextFactory Contexts { get; }

    /// <summary>Gets the segment storage service.</summary>
    public SegmentService SegmentService { get; }

    /// <summary>Gets nopCommerce's customer table.</summary>
    public Linq2DbRepository<Customer> Customers { get; }

    /// <summary>Gets nopCommerce's customer roles.</summary>
    public Linq2DbRepository<CustomerRole> Roles { get; }

    /// <summary>Gets nopCommerce's customer-role mappings (what a discount's "customer role" requirement reads).</summary>
    public Linq2DbRepository<CustomerCustomerRoleMapping> RoleMappings { get; }

    /// <summary>Gets the stored events.</summary>
    public Linq2DbRepository<TrackedEvent> Events => _events;

    /// <summary>Gets the cache the role sync clears.</summary>
    public UncachedStaticCacheManager Cache { get; } = new();

    /// <summary>Gets the lock the materialization takes per segment.</summary>
    public InProcessLocker Locker { get; } = new();

    /// <summary>Gets what the materialization published.</summary>
    public RecordingEventPublisher Publisher { get; } = new();

    /// <summary>Gets the clock of the materialization (set it to move time on).</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Gets the customer-role sync.</summary>
    public SegmentRoleSyncService RoleSync { get; }

    /// <summary>Gets the materialization.</summary>
    public SegmentMaterializationService Materialization { get; }

    /// <summary>Creates the database and runs the plugin's migrations (and creates nopCommerce's cart table).</summary>
    public static async Task<SegmentStore> CreateAsync(DatabaseKind kind)
    {
        var database = TestDatabase.Create(kind);
        database.Migrate(new SchemaMigration(), up: true);
        database.Migrate(new SegmentSchemaMigration(), up: true);
        database.Migrate(new SegmentStorageMigration(), up: true);
        database.Migrate(new SegmentEvaluationMigration(), up: true);
        database.Migrate(new CampaignStorageMigration(), up: true);
        var store = new SegmentStore(database);
        await store._cart.CreateTableAsync();
        await store.Categories.CreateTableAsync();
        await store.ProductCategories.CreateTableAsync();
        await store.ProductManufacturers.CreateTableAsync();
        await store.Customers.CreateTableAsync();
        await store.Roles.CreateTableAsync();
        await store.RoleMappings.CreateTableAsync();
        return store;
    }

    /// <summary>Writes visitor states as stored rows.</summary>
    public async Task WriteAsync(IEnumerable<VisitorState> states)
    {
        var profiles = new List<CustomerProfile>();
        var events = new List<TrackedEvent>();
        var cart = new List<ShoppingCartItem>();
        foreach (var state in states)
        {
            var profile = state.Profile;
            profiles.Add(new CustomerProfile
            {
                CustomerId = profile.CustomerId,
                StoreId = state.StoreId,
                FirstSeenOnUtc = profile.FirstSeenUtc ?? DateTime.UnixEpoch,
                LastSeenOnUtc = profile.LastSeenUtc ?? DateTime.UnixEpoch,
                VisitCount = profile.Visits,
                PageViewCount = profile.PageViews,
                ProductViewCount = profile.ProductViews,
                CategoryViewCount = profile.CategoryViews,
                CartAddCount = profile.CartAdds,
                CartValue = profile.CartValue,
                OrderCount = profile.Orders,
                LifetimeValue = profile.LifetimeValue,
                AverageOrderValue = profile.AverageOrderValue,
                LastOrderOnUtc = profile.LastOrderUtc,
                FirstTouchSource = profile.FirstTouchSource,
                LastTouchSource = profile.LastTouchSource,
                StateJson = JsonSerializer.Serialize(profile),
                UpdatedOnUtc = DateTime.UtcNow
            });
            events.AddRange(state.Events.Select(TrackedEventMapping.ToRow));
            cart.AddRange(state.CartProductIds.Select(product => new ShoppingCartItem
            {
                CustomerId = profile.CustomerId, StoreId = state.StoreId, ShoppingCartTypeId = 1, ProductId = product, Quantity = 1
            }));
            //wishlist lines share the table and must not count as cart lines
            cart.Add(new ShoppingCartItem { CustomerId = profile.CustomerId, StoreId = state.StoreId, ShoppingCartTypeId = 2, ProductId = 999, Quantity = 1 });
            await Service.SaveAttributesAsync(profile.CustomerId, ProfileAttributes.From(state));
        }

        await _profiles.InsertAsync(profiles);
        if (events.Count > 0)
            await _events.InsertAsync(events);
        await _cart.InsertAsync(cart);
    }

    /// <summary>Deletes every row the store wrote.</summary>
    public async Task ClearAsync()
    {
        await _profiles.DeleteAsync(_ => true);
        await _events.DeleteAsync(_ => true);
        await _attributes.DeleteAsync(_ => true);
        await _cart.DeleteAsync(_ => true);
    }

    /// <summary>Gets the customer ids a rule selects in batch.</summary>
    public async Task<List<int>> MembersAsync(SegmentRule rule, DateTime nowUtc, SegmentCompileContext context = null)
    {
        //random rules are each run once: caching their translations would only grow linq2db's cache
        using var noCache = NoLinqCache.Scope();
        return await Service.QueryMembers(rule, nowUtc, context).Select(profile => profile.CustomerId).OrderBy(id => id).ToListAsync();
    }

    /// <summary>Deletes the database.</summary>
    public void Dispose()
    {
        _profiles.Dispose();
        _events.Dispose();
        _attributes.Dispose();
        _cart.Dispose();
        foreach (var repository in _repositories)
            repository.Dispose();
        Database.Dispose();
    }
}
