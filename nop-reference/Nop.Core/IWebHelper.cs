namespace Nop.Core;

public partial interface IWebHelper
{
    string GetCurrentIpAddress();
}
