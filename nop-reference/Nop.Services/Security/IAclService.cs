using Nop.Core;
using Nop.Core.Domain.Security;

namespace Nop.Services.Security;

public partial interface IAclService
{
    Task<bool> AuthorizeAsync<TEntity>(TEntity entity) where TEntity : BaseEntity, IAclSupported;
}
