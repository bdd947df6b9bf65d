using Nop.Core.Caching;
using Nop.Core.Domain.Catalog;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// A category added, moved or deleted, or a product put into or taken out of a category or manufacturer, changes
/// the catalog facts segment rules are compiled with ("viewed Outdoor, subcategories included"), so the cached facts
/// are dropped and the next compile reads the catalog again: the next segment refresh at once, real-time evaluation
/// when its segments are next compiled.
/// </summary>
/// <remarks>
/// Only the cache is cleared, on purpose: changing the segments version would make every server recompile on the next
/// request after each of the thousands of events a product import raises.
/// </remarks>
public class SegmentCatalogCacheEventConsumer : IConsumer<EntityInsertedEvent<Category>>,
    IConsumer<EntityUpdatedEvent<Category>>,
    IConsumer<EntityDeletedEvent<Category>>,
    IConsumer<EntityInsertedEvent<ProductCategory>>,
    IConsumer<EntityUpdatedEvent<ProductCategory>>,
    IConsumer<EntityDeletedEvent<ProductCategory>>,
    IConsumer<EntityInsertedEvent<ProductManufacturer>>,
    IConsumer<EntityUpdatedEvent<ProductManufacturer>>,
    IConsumer<EntityDeletedEvent<ProductManufacturer>>
{
    protected readonly IStaticCacheManager _staticCacheManager;

    public SegmentCatalogCacheEventConsumer(IStaticCacheManager staticCacheManager)
    {
        _staticCacheManager = staticCacheManager;
    }

    protected virtual Task ClearAsync() => _staticCacheManager.RemoveByPrefixAsync(PersonalizationDefaults.SegmentCatalogPrefix);

    /// <summary>Handles a new category</summary>
    public Task HandleEventAsync(EntityInsertedEvent<Category> eventMessage) => ClearAsync();

    /// <summary>Handles an edited category (its parent may have changed)</summary>
    public Task HandleEventAsync(EntityUpdatedEvent<Category> eventMessage) => ClearAsync();

    /// <summary>Handles a deleted category</summary>
    public Task HandleEventAsync(EntityDeletedEvent<Category> eventMessage) => ClearAsync();

    /// <summary>Handles a product put into a category</summary>
    public Task HandleEventAsync(EntityInsertedEvent<ProductCategory> eventMessage) => ClearAsync();

    /// <summary>Handles a product moved to another category</summary>
    public Task HandleEventAsync(EntityUpdatedEvent<ProductCategory> eventMessage) => ClearAsync();

    /// <summary>Handles a product taken out of a category</summary>
    public Task HandleEventAsync(EntityDeletedEvent<ProductCategory> eventMessage) => ClearAsync();

    /// <summary>Handles a product given a manufacturer</summary>
    public Task HandleEventAsync(EntityInsertedEvent<ProductManufacturer> eventMessage) => ClearAsync();

    /// <summary>Handles a product moved to another manufacturer</summary>
    public Task HandleEventAsync(EntityUpdatedEvent<ProductManufacturer> eventMessage) => ClearAsync();

    /// <summary>Handles a product's manufacturer removed</summary>
    public Task HandleEventAsync(EntityDeletedEvent<ProductManufacturer> eventMessage) => ClearAsync();
}
