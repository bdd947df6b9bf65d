using Microsoft.AspNetCore.Http;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Decides whether a browser call comes from a page of this store. The beacon cannot carry an antiforgery token,
/// so the browser's own statement of where the call comes from stands in for it (with SameSite cookies).
/// </summary>
public static class SameOriginCheck
{
    /// <summary>Gets whether the request says it comes from this store's origin.</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        //browsers that send Fetch Metadata say it directly, and a page cannot forge it
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
            return site == "same-origin";

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
            return SameAuthority(origin, request);

        var referer = request.Headers.Referer.ToString();
        return referer.Length > 0 && SameAuthority(referer, request);
    }

    static bool SameAuthority(string address, HttpRequest request) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
}
