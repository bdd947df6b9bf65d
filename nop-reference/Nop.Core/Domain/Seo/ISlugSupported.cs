namespace Nop.Core.Domain.Seo;

public partial interface ISlugSupported
{
}
