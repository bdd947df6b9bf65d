namespace Personalization.Engine.Profiles;

/// <summary>
/// Bounded top-k counting (Space-Saving, Metwally et al. 2005): exact while at most k ids are seen, approximate after.
/// </summary>
static class AffinityCounter
{
    /// <summary>Adds <paramref name="weight"/> to an id; a new id past capacity takes the place of the smallest count.</summary>
    public static IReadOnlyList<AffinityCount> Add(IReadOnlyList<AffinityCount> counts, int id, int weight, int capacity)
    {
        var list = new List<AffinityCount>(Math.Min(counts.Count + 1, capacity));
        var found = false;
        foreach (var entry in counts)
        {
            if (entry.Id == id)
            {
                list.Add(entry with { Count = entry.Count + weight });
                found = true;
            }
            else
                list.Add(entry);
        }

        if (!found)
        {
            if (list.Count < capacity)
                list.Add(new AffinityCount(id, weight));
            else
            {
                //the list is sorted, so the last entry has the smallest count (and the largest id among ties)
                var smallest = list[^1];
                list[^1] = new AffinityCount(id, smallest.Count + weight);
            }
        }

        Sort(list);
        return list.ToArray();
    }

    /// <summary>Joins two bounded counts, summing shared ids and keeping the largest.</summary>
    public static IReadOnlyList<AffinityCount> Merge(IReadOnlyList<AffinityCount> first, IReadOnlyList<AffinityCount> second, int capacity)
    {
        var sums = new Dictionary<int, int>();
        foreach (var entry in first.Concat(second))
            sums[entry.Id] = sums.GetValueOrDefault(entry.Id) + entry.Count;

        var list = sums.Select(pair => new AffinityCount(pair.Key, pair.Value)).ToList();
        Sort(list);
        return list.Take(capacity).ToArray();
    }

    static void Sort(List<AffinityCount> list) =>
        list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : a.Id.CompareTo(b.Id));
}
