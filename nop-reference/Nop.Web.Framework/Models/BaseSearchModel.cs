namespace Nop.Web.Framework.Models;

public partial interface IPagingRequestModel
{
    int Page { get; }

    int PageSize { get; }
}

public partial interface IPagedModel<T> where T : BaseNopModel
{
}

public abstract partial record BaseSearchModel : BaseNopModel, IPagingRequestModel
{
    public int Page => throw null;

    public int PageSize => throw null;

    public string AvailablePageSizes { get; set; }

    public string Draw { get; set; }

    public int Start { get; set; }

    public int Length { get; set; }

    public virtual void SetGridPageSize() => throw null;
}

public abstract partial record BasePagedListModel<T> : BaseNopModel, IPagedModel<T> where T : BaseNopModel
{
    public IEnumerable<T> Data { get; set; }

    public string Draw { get; set; }

    public int RecordsFiltered { get; set; }

    public int RecordsTotal { get; set; }
}
