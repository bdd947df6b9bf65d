using Nop.Core.Configuration;

namespace Nop.Core.Domain;

public partial class StoreInformationSettings : ISettings
{
    public bool DisplayEuCookieLawWarning { get; set; }
}
