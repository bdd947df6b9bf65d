using Nop.Core;
using Nop.Core.Domain.Seo;

namespace Nop.Services.Seo;

public partial interface IUrlRecordService
{
    Task<string> GetSeNameAsync<T>(T entity, int? languageId = null, bool returnDefaultValue = true, bool ensureTwoPublishedLanguages = true)
        where T : BaseEntity, ISlugSupported;
}
