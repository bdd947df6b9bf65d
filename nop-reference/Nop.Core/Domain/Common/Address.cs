namespace Nop.Core.Domain.Common;

public partial class Address : BaseEntity
{
    public string FirstName { get; set; }

    public string LastName { get; set; }

    public string Email { get; set; }
}
