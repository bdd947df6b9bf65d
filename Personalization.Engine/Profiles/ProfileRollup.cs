using Personalization.Engine.Tracking;

namespace Personalization.Engine.Profiles;

/// <summary>
/// What a customer's profile holds from events that retention has deleted: the state those events add up to, and for
/// each store the time before which its events are in it. A rebuild starts from it instead of an empty profile, so it
/// still equals the profile built event by event.
/// </summary>
/// <param name="State">The state of the rolled-up events (traits are not kept here; the rebuild takes them from the profile).</param>
/// <param name="RolledUpBeforeUtcByStore">Per store, the time before which the store's events are in <paramref name="State"/>.</param>
public sealed record ProfileRollup(CustomerProfileState State, IReadOnlyDictionary<int, DateTime> RolledUpBeforeUtcByStore)
{
    /// <summary>An empty rollup of a customer.</summary>
    public static ProfileRollup Empty(int customerId) => new(CustomerProfileState.Empty(customerId), new Dictionary<int, DateTime>());

    /// <summary>
    /// Adds a store's events older than <paramref name="cutoffUtc"/> that are not rolled up yet, in time order. Events
    /// already inside (older than the store's previous cutoff) are skipped, so rolling the same events twice, as after
    /// a failed delete, changes nothing.
    /// </summary>
    public static ProfileRollup Roll(ProfileRollup rollup, int storeId, DateTime cutoffUtc, IEnumerable<VisitorEvent> storeEvents, IProfileFacts facts)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        var from = rollup.RolledUpBeforeUtcByStore.TryGetValue(storeId, out var before) ? before : DateTime.MinValue;
        if (cutoffUtc <= from)
            return rollup;

        var fresh = storeEvents.Where(e => e.StoreId == storeId && e.OccurredOnUtc >= from && e.OccurredOnUtc < cutoffUtc)
            .OrderBy(e => e.OccurredOnUtc);
        var state = ProfileAggregator.ApplyAll(rollup.State, fresh, facts);
        var marks = new Dictionary<int, DateTime>(rollup.RolledUpBeforeUtcByStore) { [storeId] = cutoffUtc };
        return new ProfileRollup(state, marks);
    }

    /// <summary>Joins a merged guest's rollup into the customer's (either may be null; per store the later mark is kept).</summary>
    public static ProfileRollup Merge(int customerId, ProfileRollup registered, ProfileRollup guest)
    {
        registered ??= Empty(customerId);
        if (guest == null)
            return registered;

        var marks = new Dictionary<int, DateTime>(registered.RolledUpBeforeUtcByStore);
        foreach (var (store, before) in guest.RolledUpBeforeUtcByStore)
            marks[store] = marks.TryGetValue(store, out var mine) && mine > before ? mine : before;
        return new ProfileRollup(ProfileMerger.Merge(registered.State, guest.State), marks);
    }
}
