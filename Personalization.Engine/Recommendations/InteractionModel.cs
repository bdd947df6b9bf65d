namespace Personalization.Engine.Recommendations;

/// <summary>
/// Interactions indexed for training: users and items numbered 0..n-1, a user-by-item matrix of summed weights,
/// its transpose, and the last time each user touched each item.
/// </summary>
public sealed class InteractionModel
{
    readonly Dictionary<string, int> _userIndex;
    readonly Dictionary<string, int> _itemIndex;

    InteractionModel(string[] userIds, string[] itemIds, SparseMatrix userItems, SparseMatrix lastSeen, DateTime latest)
    {
        UserIds = userIds;
        ItemIds = itemIds;
        UserItems = userItems;
        ItemUsers = userItems.Transpose();
        LastSeenDays = lastSeen;
        Latest = latest;
        _userIndex = Index(userIds);
        _itemIndex = Index(itemIds);
    }

    /// <summary>Gets the user ids by index.</summary>
    public IReadOnlyList<string> UserIds { get; }

    /// <summary>Gets the item ids by index.</summary>
    public IReadOnlyList<string> ItemIds { get; }

    /// <summary>Gets the users-by-items matrix of summed interaction weights.</summary>
    public SparseMatrix UserItems { get; }

    /// <summary>Gets the items-by-users matrix (the transpose of <see cref="UserItems"/>).</summary>
    public SparseMatrix ItemUsers { get; }

    /// <summary>Gets, in the pattern of <see cref="UserItems"/>, the last interaction as days since 0001-01-01.</summary>
    public SparseMatrix LastSeenDays { get; }

    /// <summary>Gets the time of the latest interaction.</summary>
    public DateTime Latest { get; }

    /// <summary>Gets the number of users.</summary>
    public int UserCount => UserIds.Count;

    /// <summary>Gets the number of items.</summary>
    public int ItemCount => ItemIds.Count;

    /// <summary>Gets a user's index, or -1 for a user the model has not seen.</summary>
    public int UserIndex(string userId) => userId != null && _userIndex.TryGetValue(userId, out var index) ? index : -1;

    /// <summary>Gets an item's index, or -1 for an item the model has not seen.</summary>
    public int ItemIndex(string itemId) => itemId != null && _itemIndex.TryGetValue(itemId, out var index) ? index : -1;

    /// <summary>Gets a user's items, most recently touched first.</summary>
    public int[] HistoryByRecency(int user)
    {
        if (user < 0)
            return [];
        var items = UserItems.RowColumns(user).ToArray();
        var keys = LastSeenDays.RowValues(user).ToArray();
        for (var i = 0; i < keys.Length; i++)
            keys[i] = -keys[i];
        Array.Sort(keys, items);
        return items;
    }

    /// <summary>
    /// Indexes interactions. With a half-life, each weight is multiplied by 0.5^(age/half-life), age measured
    /// from the latest interaction, so recent behaviour counts more.
    /// </summary>
    public static InteractionModel Build(IEnumerable<InteractionRecord> interactions, double halfLifeDays = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (!(halfLifeDays > 0))
            throw new ArgumentOutOfRangeException(nameof(halfLifeDays), "the half-life must be positive (infinity for no decay)");

        var list = interactions as IReadOnlyList<InteractionRecord> ?? interactions.ToList();
        var users = new Dictionary<string, int>(StringComparer.Ordinal);
        var items = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new int[list.Count];
        var columns = new int[list.Count];
        var latest = DateTime.MinValue;
        for (var i = 0; i < list.Count; i++)
        {
            var interaction = list[i];
            rows[i] = Add(users, interaction.UserId);
            columns[i] = Add(items, interaction.ItemId);
            if (interaction.Time > latest)
                latest = interaction.Time;
        }

        var weights = new float[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            var ageDays = (latest - list[i].Time).TotalDays;
            weights[i] = double.IsPositiveInfinity(halfLifeDays) ? list[i].Weight : (float)(list[i].Weight * Math.Pow(0.5, ageDays / halfLifeDays));
        }

        var userItems = SparseMatrix.FromEntries(users.Count, items.Count, rows, columns, weights);
        var lastSeen = LastSeen(list, rows, columns, userItems);
        return new InteractionModel(Ids(users), Ids(items), userItems, lastSeen, latest);
    }

    static SparseMatrix LastSeen(IReadOnlyList<InteractionRecord> list, int[] rows, int[] columns, SparseMatrix userItems)
    {
        var latestPerPair = new Dictionary<long, float>();
        for (var i = 0; i < list.Count; i++)
        {
            var key = ((long)rows[i] << 32) | (uint)columns[i];
            var days = (float)(list[i].Time.Ticks / (double)TimeSpan.TicksPerDay);
            if (!latestPerPair.TryGetValue(key, out var seen) || days > seen)
                latestPerPair[key] = days;
        }

        var pairRows = new int[latestPerPair.Count];
        var pairColumns = new int[latestPerPair.Count];
        var pairDays = new float[latestPerPair.Count];
        var write = 0;
        foreach (var (key, days) in latestPerPair)
        {
            pairRows[write] = (int)(key >> 32);
            pairColumns[write] = (int)(key & 0xFFFFFFFF);
            pairDays[write++] = days;
        }

        return SparseMatrix.FromEntries(userItems.RowCount, userItems.ColumnCount, pairRows, pairColumns, pairDays);
    }

    static int Add(Dictionary<string, int> index, string id)
    {
        if (!index.TryGetValue(id, out var value))
        {
            value = index.Count;
            index.Add(id, value);
        }

        return value;
    }

    static string[] Ids(Dictionary<string, int> index)
    {
        var ids = new string[index.Count];
        foreach (var (id, value) in index)
            ids[value] = id;
        return ids;
    }

    static Dictionary<string, int> Index(string[] ids)
    {
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
            index[ids[i]] = i;
        return index;
    }
}
