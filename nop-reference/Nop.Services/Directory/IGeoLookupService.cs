namespace Nop.Services.Directory;

public partial interface IGeoLookupService
{
    string LookupCountryIsoCode(string ipAddress);
}
