using System.ComponentModel;

namespace Nop.Web.Framework.Mvc.ModelBinding;

public partial interface IModelAttribute
{
    string Name { get; }
}

// The store localizes DisplayName; this reference only keeps the resource key.
public sealed partial class NopResourceDisplayNameAttribute : DisplayNameAttribute, IModelAttribute
{
    public NopResourceDisplayNameAttribute(string resourceKey) : base(resourceKey)
    {
        ResourceKey = resourceKey;
    }

    public string ResourceKey { get; set; }

    public override string DisplayName => ResourceKey;

    public string Name => throw null;
}
