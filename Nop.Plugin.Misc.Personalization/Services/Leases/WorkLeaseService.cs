using System.Data.Common;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Data;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Services.Leases;

/// <summary>
/// Work leases built only from what nopCommerce's repository offers, on every database it supports: the lease is a row
/// unique per name. Taking it deletes the name's expired row (one conditional, atomic delete) and inserts a new one;
/// when two servers insert at once, the unique index lets one in and the other's insert fails.
/// </summary>
/// <remarks>
/// Expiry times are written by each server's clock: keep the servers' clocks in step (NTP) well within a lease's duration.
/// </remarks>
public class WorkLeaseService : IWorkLeaseService
{
    #region Fields

    protected readonly IRepository<WorkLease> _leaseRepository;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public WorkLeaseService(IRepository<WorkLease> leaseRepository, TimeProvider timeProvider)
    {
        _leaseRepository = leaseRepository;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    protected virtual async Task<WorkLease> GetLeaseAsync(string name) =>
        (await _leaseRepository.GetAllAsync(query => query.Where(lease => lease.Name == name))).FirstOrDefault();

    /// <summary>Gets an owner no other acquisition shares, so a holder never releases or renews the lease a later one took.</summary>
    protected static string NewOwner()
    {
        var owner = $"{Environment.MachineName}:{Guid.NewGuid():N}";
        return owner.Length > WorkLeaseTables.OwnerMaxLength ? owner[^WorkLeaseTables.OwnerMaxLength..] : owner;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Takes a lease unless another server holds it
    /// </summary>
    /// <param name="name">The work's name (at most 100 characters)</param>
    /// <param name="duration">How long the lease lasts unless renewed; longer than the work takes between two renewals</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the lease, released when disposed; null while another server holds it
    /// </returns>
    public virtual async Task<WorkLeaseHandle> TryAcquireAsync(string name, TimeSpan duration)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > WorkLeaseTables.NameMaxLength)
            throw new ArgumentException($"A lease name has 1 to {WorkLeaseTables.NameMaxLength} characters; got '{name}'.", nameof(name));
        if (duration <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A lease lasts a positive time.");

        var owner = NewOwner();
        for (var attempt = 0; ; attempt++)
        {
            var nowUtc = _timeProvider.GetUtcNow().UtcDateTime;
            //a holder that died or overran left its row: only an expired one is deleted, whoever else deletes it too
            await _leaseRepository.DeleteAsync(lease => lease.Name == name && lease.ExpiresOnUtc <= nowUtc);
            var lease = new WorkLease { Name = name, Owner = owner, AcquiredOnUtc = nowUtc, ExpiresOnUtc = nowUtc + duration };
            try
            {
                await _leaseRepository.InsertAsync(lease, publishEvent: false);
                return new WorkLeaseHandle(this, lease, duration);
            }
            catch (DbException)
            {
                //each database words a unique-key violation its own way; the row it met says it plainly, as for coupons
                if (await GetLeaseAsync(name) != null)
                    return null;
                //no row: its holder released it a moment ago (try once more), or the insert failed for another reason
                if (attempt > 0)
                    throw;
            }
        }
    }

    /// <summary>
    /// Extends a lease by its duration from now, if it is still this holder's
    /// </summary>
    /// <param name="lease">The lease</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains whether the holder still has it; false once it lapsed and another server took it over
    /// </returns>
    public virtual async Task<bool> RenewAsync(WorkLeaseHandle lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var stored = lease.Lease;
        stored.ExpiresOnUtc = _timeProvider.GetUtcNow().UtcDateTime + lease.Duration;
        //the update goes by id: a server that took the lapsed lease over deleted this row and inserted its own, which
        //the update cannot reach (should a database give the new row the deleted id, the update takes the lease back and
        //that server learns it at its own next renewal); once the update is in, no conditional delete sees it expired
        await _leaseRepository.UpdateAsync(stored, publishEvent: false);
        var current = await GetLeaseAsync(stored.Name);
        return current != null && current.Id == stored.Id && current.Owner == stored.Owner;
    }

    /// <summary>
    /// Gives a lease up so another server may take it at once; a lease already taken over is left to its new holder
    /// </summary>
    /// <param name="lease">The lease</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    public virtual async Task ReleaseAsync(WorkLeaseHandle lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var (name, owner) = (lease.Lease.Name, lease.Lease.Owner);
        await _leaseRepository.DeleteAsync(row => row.Name == name && row.Owner == owner);
    }

    #endregion
}
