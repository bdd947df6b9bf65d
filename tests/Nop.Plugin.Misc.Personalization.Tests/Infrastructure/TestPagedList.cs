using Nop.Core;

namespace Nop.Plugin.Misc.Personalization.Tests.Infrastructure;

/// <summary>
/// One page of rows with the total, as nopCommerce's paged list reports it.
/// </summary>
public sealed class TestPagedList<T>(IList<T> items, int pageIndex, int pageSize, int totalCount) : List<T>(items), IPagedList<T>
{
    public int PageIndex { get; } = pageIndex;

    public int PageSize { get; } = pageSize;

    public int TotalCount { get; } = totalCount;

    public int TotalPages => PageSize <= 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;

    public bool HasPreviousPage => PageIndex > 0;

    public bool HasNextPage => PageIndex + 1 < TotalPages;
}
