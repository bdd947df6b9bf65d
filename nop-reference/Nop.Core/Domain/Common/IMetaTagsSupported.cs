namespace Nop.Core.Domain.Common;

public partial interface IMetaTagsSupported
{
}
