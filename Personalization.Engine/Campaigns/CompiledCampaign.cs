using Personalization.Engine.Campaigns.Content;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// One campaign prepared for serving: every test reduced to compares on ids, ticks and small arrays.
/// </summary>
sealed class CompiledCampaign
{
    const int EveryDay = 0x7F;

    readonly long _startTicks;
    readonly long _endTicks;
    readonly int _daysMask;
    readonly int _fromHour;
    readonly int _toHour;
    readonly int[] _include;
    readonly int[] _exclude;
    readonly PageRule[] _allow;
    readonly PageRule[] _deny;
    readonly int _perSession;
    readonly int _perDay;
    readonly int _perVisitor;
    readonly double _holdout;
    readonly double[] _cumulativeWeights;
    readonly CompiledCopy[][] _copies;

    public CompiledCampaign(Campaign campaign, int slot, CampaignCompileContext context)
    {
        Source = campaign;
        Slot = slot;
        Goal = CampaignGoalMatcher.Compile(campaign, context.Catalog);
        var schedule = campaign.Schedule ?? new CampaignSchedule();
        _startTicks = schedule.StartsOnUtc?.Ticks ?? long.MinValue;
        _endTicks = schedule.EndsOnUtc?.Ticks ?? long.MaxValue;
        _daysMask = (schedule.Days ?? []).Count == 0 ? EveryDay : schedule.Days.Aggregate(0, (mask, day) => mask | 1 << (int)day);
        _fromHour = schedule.FromHour ?? 0;
        _toHour = schedule.ToHour ?? 24;
        _include = [.. campaign.IncludeSegmentIds ?? []];
        _exclude = [.. campaign.ExcludeSegmentIds ?? []];
        var delivery = campaign.Delivery ?? new CampaignDelivery();
        var rules = (delivery.Pages ?? []).Select(page => PageRule.Compile(page, context.Catalog)).ToArray();
        _allow = rules.Where(rule => !rule.Exclude).ToArray();
        _deny = rules.Where(rule => rule.Exclude).ToArray();
        var cap = delivery.Cap ?? new FrequencyCap();
        _perSession = cap.PerSession ?? int.MaxValue;
        _perDay = cap.PerDay ?? int.MaxValue;
        _perVisitor = cap.PerVisitor ?? int.MaxValue;
        _holdout = (double)campaign.HoldoutPercent / 100;

        Variants = [.. campaign.Variants];
        double total = Variants.Sum(variant => variant.Weight);
        _cumulativeWeights = new double[Variants.Length];
        double running = 0;
        _copies = new CompiledCopy[Variants.Length][];
        for (var i = 0; i < Variants.Length; i++)
        {
            running += Variants[i].Weight;
            _cumulativeWeights[i] = i == Variants.Length - 1 ? 1 : running / total;
            var standard = Variants[i].Copies.Single(copy => copy.LanguageId == 0);
            _copies[i] = Variants[i].Copies.OrderBy(copy => copy.LanguageId).Select(copy => CompiledCopy.Compile(standard, copy, Variants[i].CouponCode)).ToArray();
        }
    }

    /// <summary>Gets the campaign.</summary>
    public Campaign Source { get; }

    /// <summary>Gets the index of the slot it fills.</summary>
    public int Slot { get; }

    /// <summary>Gets the variants in order.</summary>
    public CampaignVariant[] Variants { get; }

    /// <summary>Gets the goal matcher.</summary>
    public CampaignGoalMatcher Goal { get; }

    /// <summary>Gets whether the campaign may be shown to the visitor on the page now (store, schedule, page rules, segments).</summary>
    public bool Targets(CampaignVisitor visitor, PageContext page, long nowTicks, DayOfWeek localDay, int localHour)
    {
        if (Source.StoreId != 0 && Source.StoreId != visitor.StoreId)
            return false;
        if (nowTicks < _startTicks || nowTicks >= _endTicks || (_daysMask & 1 << (int)localDay) == 0)
            return false;
        if (_fromHour < _toHour ? localHour < _fromHour || localHour >= _toHour : localHour < _fromHour && localHour >= _toHour)
            return false;
        if (!Pages(page))
            return false;
        ReadOnlySpan<int> segments = visitor.SegmentIds ?? [];
        if (_include.Length > 0 && !segments.ContainsAny(_include))
            return false;
        return _exclude.Length == 0 || !segments.ContainsAny(_exclude);
    }

    /// <summary>Gets whether the caps or a dismissal keep the campaign from this visitor.</summary>
    public bool Blocked(in CampaignHistory history) =>
        history.Dismissed || history.SessionExposures >= _perSession || history.DayExposures >= _perDay || history.TotalExposures >= _perVisitor;

    /// <summary>Gets the arm: -1 for control, else the variant's index; a recorded arm that still exists wins over the bucket.</summary>
    public int Arm(double bucket, int? assignedVariantId)
    {
        if (assignedVariantId is { } assigned)
        {
            if (assigned == 0 && _holdout > 0)
                return -1;
            for (var i = 0; i < Variants.Length; i++)
            {
                if (assigned != 0 && Variants[i].Id == assigned)
                    return i;
            }
        }

        return CampaignSplit.Arm(bucket, _holdout, _cumulativeWeights);
    }

    /// <summary>Gets a variant's copy in a language, or its standard copy.</summary>
    public CompiledCopy Copy(int variant, int languageId)
    {
        var copies = _copies[variant];
        for (var i = 1; i < copies.Length; i++)
        {
            if (copies[i].LanguageId == languageId)
                return copies[i];
        }

        return copies[0];
    }

    bool Pages(PageContext page)
    {
        foreach (var rule in _deny)
        {
            if (rule.Matches(page))
                return false;
        }

        if (_allow.Length == 0)
            return true;
        foreach (var rule in _allow)
        {
            if (rule.Matches(page))
                return true;
        }

        return false;
    }
}
