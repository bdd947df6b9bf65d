namespace Nop.Services.Plugins;

public partial interface IDescriptor
{
    string SystemName { get; set; }

    string FriendlyName { get; set; }
}

public partial class PluginDescriptorBaseInfo : IComparable<PluginDescriptorBaseInfo>
{
    public virtual string SystemName { get; set; }

    public virtual string Version { get; set; }

    public int CompareTo(PluginDescriptorBaseInfo other) => throw null;
}

public partial class PluginDescriptor : PluginDescriptorBaseInfo, IDescriptor, IComparable<PluginDescriptor>
{
    public virtual string FriendlyName { get; set; }

    public int CompareTo(PluginDescriptor other) => throw null;
}
