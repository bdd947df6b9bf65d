namespace Nop.Services.Customers;

public static partial class NopCustomerServicesDefaults
{
    public static string CustomerCustomerRolesPrefix => "Nop.customer.customerrole.";
}
