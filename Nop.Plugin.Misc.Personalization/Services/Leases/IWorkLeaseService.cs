namespace Nop.Plugin.Misc.Personalization.Services.Leases;

/// <summary>
/// Keeps a named piece of scheduled work to one server of a web farm at a time: a lease is taken, renewed while the work
/// goes on, and released at its end; a lease left by a server that died lapses and another server takes it over.
/// </summary>
public interface IWorkLeaseService
{
    /// <summary>
    /// Takes a lease unless another server holds it
    /// </summary>
    /// <param name="name">The work's name (at most 100 characters)</param>
    /// <param name="duration">How long the lease lasts unless renewed; longer than the work takes between two renewals</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the lease, released when disposed; null while another server holds it
    /// </returns>
    Task<WorkLeaseHandle> TryAcquireAsync(string name, TimeSpan duration);

    /// <summary>
    /// Extends a lease by its duration from now, if it is still this holder's
    /// </summary>
    /// <param name="lease">The lease</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains whether the holder still has it; false once it lapsed and another server took it over
    /// </returns>
    Task<bool> RenewAsync(WorkLeaseHandle lease);

    /// <summary>
    /// Gives a lease up so another server may take it at once; a lease already taken over is left to its new holder
    /// </summary>
    /// <param name="lease">The lease</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task ReleaseAsync(WorkLeaseHandle lease);
}
