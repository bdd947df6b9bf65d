namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// What the tracking endpoint knows about one call: the body and the headers that decide whether to trust it.
/// </summary>
/// <param name="Body">The request body, at most one byte past the size limit (so an oversized body is recognized).</param>
/// <param name="DeclaredLength">The Content-Length header, if any.</param>
/// <param name="UserAgent">The User-Agent header.</param>
/// <param name="IpAddress">The caller's address.</param>
/// <param name="SameOrigin">Whether the browser says the call comes from a page of this store.</param>
public sealed record IngestionRequest(byte[] Body, long? DeclaredLength, string UserAgent, string IpAddress, bool SameOrigin);
