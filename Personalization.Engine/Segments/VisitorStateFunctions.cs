using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// Loops the real-time schema calls from compiled rules: plain array scans, no LINQ, no allocation.
/// </summary>
public static class VisitorStateFunctions
{
    /// <summary>Gets whether any event satisfies the predicate.</summary>
    public static bool Any(VisitorEvent[] events, Func<VisitorEvent, bool> predicate)
    {
        for (var i = 0; i < events.Length; i++)
        {
            if (predicate(events[i]))
                return true;
        }

        return false;
    }

    /// <summary>Counts the events that satisfy the predicate.</summary>
    public static int Count(VisitorEvent[] events, Func<VisitorEvent, bool> predicate)
    {
        var count = 0;
        for (var i = 0; i < events.Length; i++)
        {
            if (predicate(events[i]))
                count++;
        }

        return count;
    }

    /// <summary>Gets whether any event satisfies a predicate compiled once, given the subject, the time and an outer event.</summary>
    public static bool Any(VisitorEvent[] events, Func<VisitorEvent, VisitorState, DateTime, VisitorEvent, bool> predicate, VisitorState subject, DateTime now, VisitorEvent outer)
    {
        for (var i = 0; i < events.Length; i++)
        {
            if (predicate(events[i], subject, now, outer))
                return true;
        }

        return false;
    }

    /// <summary>Counts the events that satisfy a predicate compiled once, given the subject, the time and an outer event.</summary>
    public static int Count(VisitorEvent[] events, Func<VisitorEvent, VisitorState, DateTime, VisitorEvent, bool> predicate, VisitorState subject, DateTime now, VisitorEvent outer)
    {
        var count = 0;
        for (var i = 0; i < events.Length; i++)
        {
            if (predicate(events[i], subject, now, outer))
                count++;
        }

        return count;
    }

    /// <summary>Gets a text trait; null when absent or of another type.</summary>
    public static string TraitText(CustomerProfileState profile, string name) =>
        profile.Traits.TryGetValue(name, out var trait) && trait.Type == TraitType.Text ? trait.Text : null;

    /// <summary>Gets a number trait, or a boolean one as 1/0; null when absent or of another type.</summary>
    public static decimal? TraitNumber(CustomerProfileState profile, string name, TraitType type)
    {
        if (!profile.Traits.TryGetValue(name, out var trait) || trait.Type != type)
            return null;
        return type == TraitType.Boolean ? trait.Boolean is { } flag ? flag ? 1m : 0m : null : trait.Number;
    }

    /// <summary>Gets a date trait; null when absent or of another type.</summary>
    public static DateTime? TraitDate(CustomerProfileState profile, string name) =>
        profile.Traits.TryGetValue(name, out var trait) && trait.Type == TraitType.Date ? trait.Date : null;

    /// <summary>Gets a stored score; null when none.</summary>
    public static decimal? Score(IReadOnlyDictionary<string, decimal> scores, string model) =>
        scores.TryGetValue(model, out var score) ? score : null;

    /// <summary>Gets whether any of the ids has at least <paramref name="minCount"/> interactions.</summary>
    public static bool Affinity(IReadOnlyList<AffinityCount> counts, HashSet<int> ids, int minCount)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i].Count >= minCount && ids.Contains(counts[i].Id))
                return true;
        }

        return false;
    }

    /// <summary>Gets whether any of the values is in the set; with a null set, whether there is any value.</summary>
    public static bool AnyIn(int[] values, HashSet<int> ids)
    {
        if (ids == null)
            return values.Length > 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (ids.Contains(values[i]))
                return true;
        }

        return false;
    }

    /// <summary>Gets a profile's price tier as rules name it (lower case).</summary>
    public static string PriceTierName(CustomerProfileState profile) => profile.PriceTier switch
    {
        PriceTier.Budget => "budget",
        PriceTier.Mid => "mid",
        PriceTier.Premium => "premium",
        _ => "unknown"
    };

    /// <summary>Gets the share of discounted orders rounded to 4 decimals, the precision the profile tables store.</summary>
    public static decimal DiscountShare(CustomerProfileState profile) => decimal.Round(profile.DiscountShare, 4);
}
