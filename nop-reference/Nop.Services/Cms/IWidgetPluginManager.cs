using Nop.Services.Plugins;

namespace Nop.Services.Cms;

public partial interface IWidgetPluginManager : IPluginManager<IWidgetPlugin>
{
}
