namespace Nop.Web.Framework.Events;

public partial class ModelPreparedEvent<T>
{
    public ModelPreparedEvent(T model)
    {
        Model = model;
    }

    public T Model { get; protected set; }
}
