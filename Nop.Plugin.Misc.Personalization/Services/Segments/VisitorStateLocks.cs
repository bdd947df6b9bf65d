namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// Lets one update at a time change a visitor's cached state on this server: a page request and the tracker script's
/// batch of the same visitor often arrive together, and two read-modify-write updates would lose one of the events.
/// </summary>
/// <remarks>A singleton of a fixed number of locks shared by customer id, so it never grows.</remarks>
public sealed class VisitorStateLocks
{
    const int LockCount = 64;

    readonly SemaphoreSlim[] _locks = Enumerable.Range(0, LockCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Waits for a customer's lock; dispose the result to release it.</summary>
    public async ValueTask<Releaser> LockAsync(int customerId)
    {
        var semaphore = _locks[(uint)customerId % LockCount];
        await semaphore.WaitAsync();
        return new Releaser(semaphore);
    }

    /// <summary>Releases a held lock.</summary>
    public readonly struct Releaser : IDisposable
    {
        readonly SemaphoreSlim _semaphore;

        internal Releaser(SemaphoreSlim semaphore) => _semaphore = semaphore;

        /// <summary>Releases the lock.</summary>
        public void Dispose() => _semaphore?.Release();
    }
}
