using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Leases;

/// <summary>
/// A lease this server holds; disposing it releases the lease.
/// </summary>
public sealed class WorkLeaseHandle : IAsyncDisposable
{
    readonly IWorkLeaseService _workLeaseService;
    bool _released;

    /// <summary>Wraps a stored lease of a service.</summary>
    /// <param name="workLeaseService">The service that took it and renews and releases it.</param>
    /// <param name="lease">The stored lease.</param>
    /// <param name="duration">How long each renewal extends it.</param>
    public WorkLeaseHandle(IWorkLeaseService workLeaseService, WorkLease lease, TimeSpan duration)
    {
        _workLeaseService = workLeaseService ?? throw new ArgumentNullException(nameof(workLeaseService));
        Lease = lease ?? throw new ArgumentNullException(nameof(lease));
        Duration = duration;
    }

    /// <summary>Gets the stored lease.</summary>
    public WorkLease Lease { get; }

    /// <summary>Gets how long each renewal extends the lease.</summary>
    public TimeSpan Duration { get; }

    /// <summary>
    /// Extends the lease by its duration from now
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains whether this server still holds it; when false, stop the work: another server does it
    /// </returns>
    public Task<bool> RenewAsync() => _workLeaseService.RenewAsync(this);

    /// <summary>
    /// Releases the lease (once)
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    public async ValueTask DisposeAsync()
    {
        if (_released)
            return;
        _released = true;
        await _workLeaseService.ReleaseAsync(this);
    }
}
