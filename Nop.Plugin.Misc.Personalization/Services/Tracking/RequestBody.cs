using Microsoft.AspNetCore.Http;

namespace Nop.Plugin.Misc.Personalization.Services.Tracking;

/// <summary>
/// Reads the body of a storefront script's post without trusting its declared length.
/// </summary>
public static class RequestBody
{
    /// <summary>Reads at most <paramref name="limit"/> bytes, so an oversized body costs no more memory than the limit.</summary>
    public static async Task<byte[]> ReadAsync(HttpRequest request, int limit)
    {
        ArgumentNullException.ThrowIfNull(request);
        var buffer = new byte[limit];
        var read = 0;
        int count;
        while (read < limit && (count = await request.Body.ReadAsync(buffer.AsMemory(read, limit - read))) > 0)
            read += count;

        return buffer[..read];
    }
}
