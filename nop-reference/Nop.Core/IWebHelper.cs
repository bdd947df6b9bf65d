namespace Nop.Core;

public partial interface IWebHelper
{
    string GetCurrentIpAddress();

    string GetThisPageUrl(bool includeQueryString, bool? useSsl = null, bool lowercaseUrl = false);
}
