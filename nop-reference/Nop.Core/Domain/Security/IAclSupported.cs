namespace Nop.Core.Domain.Security;

public partial interface IAclSupported
{
}
