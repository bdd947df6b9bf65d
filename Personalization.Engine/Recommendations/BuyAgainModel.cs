using System.Globalization;

namespace Personalization.Engine.Recommendations;

/// <summary>
/// "Buy it again": the visitor's own past purchases, ranked by how often and how recently they bought each; on stores
/// with consumables and stock-up buyers a large share of next orders repeats earlier ones.
/// </summary>
public sealed class BuyAgainModel : IItemScorer
{
    readonly InteractionModel _interactions;
    readonly double _halfLifeDays;
    readonly IReadOnlyList<string> _itemNames;

    BuyAgainModel(InteractionModel interactions, double halfLifeDays, IReadOnlyList<string> itemNames)
    {
        _interactions = interactions;
        _halfLifeDays = halfLifeDays;
        _itemNames = itemNames;
    }

    /// <summary>The model's system name.</summary>
    public const string Name = "BuyAgain";

    /// <inheritdoc />
    public string SystemName => Name;

    /// <inheritdoc />
    public int ItemCount => _interactions.ItemCount;

    /// <summary>
    /// Creates the model: an item's score is the number of times it was bought times 0.5^(days since last bought / half-life).
    /// </summary>
    public static BuyAgainModel Train(InteractionModel interactions, double halfLifeDays = 90, IReadOnlyList<string> itemNames = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (!(halfLifeDays > 0))
            throw new ArgumentOutOfRangeException(nameof(halfLifeDays), "the half-life must be positive");
        return new BuyAgainModel(interactions, halfLifeDays, itemNames);
    }

    /// <inheritdoc />
    public bool CanScore(RecommendationContext context) => context.User >= 0 && context.User < _interactions.UserCount && _interactions.UserItems.RowLength(context.User) > 0;

    /// <inheritdoc />
    public void Score(RecommendationContext context, Span<float> scores)
    {
        var latest = _interactions.Latest.Ticks / (double)TimeSpan.TicksPerDay;
        var items = _interactions.UserItems.RowColumns(context.User);
        var weights = _interactions.UserItems.RowValues(context.User);
        var lastSeen = _interactions.LastSeenDays.RowValues(context.User);
        for (var i = 0; i < items.Length; i++)
            scores[items[i]] = (float)(weights[i] * Math.Pow(0.5, (latest - lastSeen[i]) / _halfLifeDays));
    }

    /// <inheritdoc />
    public string Explain(RecommendationContext context, int item)
    {
        var items = _interactions.UserItems.RowColumns(context.User);
        var weights = _interactions.UserItems.RowValues(context.User);
        var index = items.BinarySearch(item);
        var times = index >= 0 ? weights[index] : 0f;
        var name = _itemNames != null && item < _itemNames.Count ? _itemNames[item] : "this item";
        return string.Create(CultureInfo.InvariantCulture, $"you bought {name} {times:0} times before");
    }
}
