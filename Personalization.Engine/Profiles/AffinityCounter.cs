namespace Personalization.Engine.Profiles;

/// <summary>
/// Bounded top-k counting (Space-Saving, Metwally et al. 2005): exact while at most k ids are seen, approximate after.
/// </summary>
static class AffinityCounter
{
    /// <summary>Adds <paramref name="weight"/> to an id; a new id past capacity takes the place of the smallest count.</summary>
    public static IReadOnlyList<AffinityCount> Add(IReadOnlyList<AffinityCount> counts, int id, int weight, int capacity)
    {
        var position = -1;
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i].Id == id)
            {
                position = i;
                break;
            }
        }

        AffinityCount[] next;
        if (position >= 0)
        {
            next = Copy(counts, counts.Count);
            next[position] = new AffinityCount(id, counts[position].Count + weight);
        }
        else if (counts.Count < capacity)
        {
            next = Copy(counts, counts.Count + 1);
            position = counts.Count;
            next[position] = new AffinityCount(id, weight);
        }
        else
        {
            //the list is sorted, so the last entry has the smallest count (and the largest id among ties)
            next = Copy(counts, counts.Count);
            position = next.Length - 1;
            next[position] = new AffinityCount(id, next[position].Count + weight);
        }

        //only the changed entry can be out of place, and only towards the front: one insertion step keeps the order
        while (position > 0 && Before(next[position], next[position - 1]))
        {
            (next[position], next[position - 1]) = (next[position - 1], next[position]);
            position--;
        }

        while (position < next.Length - 1 && Before(next[position + 1], next[position]))
        {
            (next[position], next[position + 1]) = (next[position + 1], next[position]);
            position++;
        }

        return next;
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
        list.Sort((a, b) => Before(a, b) ? -1 : Before(b, a) ? 1 : 0);

    /// <summary>Most counted first; ties by smaller id, so the order never depends on arrival.</summary>
    static bool Before(AffinityCount a, AffinityCount b) => a.Count != b.Count ? a.Count > b.Count : a.Id < b.Id;

    static AffinityCount[] Copy(IReadOnlyList<AffinityCount> counts, int length)
    {
        var copy = new AffinityCount[length];
        for (var i = 0; i < counts.Count && i < length; i++)
            copy[i] = counts[i];
        return copy;
    }
}
