using Nop.Core.Configuration;

namespace Nop.Core.Domain.Shipping;

public partial class ShippingSettings : ISettings
{
    public bool FreeShippingOverXEnabled { get; set; }

    public decimal FreeShippingOverXValue { get; set; }

    public bool FreeShippingOverXIncludingTax { get; set; }
}
