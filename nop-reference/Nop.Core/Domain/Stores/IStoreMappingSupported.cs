namespace Nop.Core.Domain.Stores;

public partial interface IStoreMappingSupported
{
}
