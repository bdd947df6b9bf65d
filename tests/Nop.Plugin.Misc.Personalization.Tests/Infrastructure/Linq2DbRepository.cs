using System.Linq.Expressions;
using LinqToDB;
using LinqToDB.Async;
using LinqToDB.Data;
using LinqToDB.Mapping;
using Nop.Core;
using Nop.Core.Caching;
using Nop.Data;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// nopCommerce's repository contract over a real database, mapped the way nopCommerce maps plugin entities:
/// table names from the plugin's INameCompatibility, one column per property, identity Id.
/// </summary>
public sealed partial class Linq2DbRepository<TEntity> : IRepository<TEntity>, IDisposable where TEntity : BaseEntity
{
    readonly DataConnection _connection;

    /// <summary>A repository of a table on the database the linq2db options name.</summary>
    public Linq2DbRepository(DataOptions options, string tableName)
    {
        var schema = new MappingSchema();
        new FluentMappingBuilder(schema).Entity<TEntity>()
            .HasTableName(tableName)
            .Property(entity => entity.Id).IsPrimaryKey().IsIdentity()
            .Build();
        _connection = new DataConnection(options.UseMappingSchema(schema));
    }

    public IQueryable<TEntity> Table => _connection.GetTable<TEntity>();

    public async Task<IList<TEntity>> GetAllAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        Func<ICacheKeyService, CacheKey> getCacheKey = null, bool includeDeleted = true) =>
        await (func?.Invoke(Table) ?? Table).ToListAsync();

    public async Task<IPagedList<TEntity>> GetAllPagedAsync(Func<IQueryable<TEntity>, IQueryable<TEntity>> func = null,
        int pageIndex = 0, int pageSize = int.MaxValue, bool getOnlyTotalCount = false, bool includeDeleted = true)
    {
        var query = func?.Invoke(Table) ?? Table;
        var total = await query.CountAsync();
        var items = getOnlyTotalCount ? [] : await query.Skip(pageIndex * pageSize).Take(pageSize).ToListAsync();
        return new TestPagedList<TEntity>(items, pageIndex, pageSize, total);
    }

    public async Task InsertAsync(TEntity entity, bool publishEvent = true) =>
        entity.Id = await _connection.InsertWithInt32IdentityAsync(entity);

    public async Task InsertAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        //like nopCommerce's repository: one bulk copy, ids are not read back
        await _connection.BulkCopyAsync(entities);
    }

    public Task UpdateAsync(TEntity entity, bool publishEvent = true) => _connection.UpdateAsync(entity);

    public async Task UpdateAsync(IList<TEntity> entities, bool publishEvent = true)
    {
        foreach (var entity in entities)
            await _connection.UpdateAsync(entity);
    }

    public Task DeleteAsync(TEntity entity, bool publishEvent = true) => _connection.DeleteAsync(entity);

    public Task<int> DeleteAsync(Expression<Func<TEntity, bool>> predicate) => Table.Where(predicate).DeleteAsync();

    /// <summary>Inserts rows with the ids they carry (for fixtures that refer to rows by id).</summary>
    public async Task InsertKeepingIdsAsync(IEnumerable<TEntity> entities) =>
        await _connection.BulkCopyAsync(new BulkCopyOptions { KeepIdentity = true }, entities);

    /// <summary>Creates the table of the entity (for nopCommerce's own tables, which no plugin migration creates) unless it exists already.</summary>
    public Task CreateTableAsync() => _connection.CreateTableAsync<TEntity>(tableOptions: TableOptions.CreateIfNotExists);

    public void Dispose() => _connection.Dispose();
}
