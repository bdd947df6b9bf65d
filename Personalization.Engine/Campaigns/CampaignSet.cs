using System.Text;
using Personalization.Engine.Segments;

namespace Personalization.Engine.Campaigns;

/// <summary>
/// A store's active campaigns compiled for serving: which campaign, and which variant or control, each slot of a page
/// gets for a visitor.
/// </summary>
/// <remarks>
/// Build it once per change of the campaigns (it sanitizes and parses every copy, expands category trees and builds
/// URL patterns) and share it; it is immutable and thread-safe. A campaign that does not validate is left out and
/// reported in <see cref="Skipped"/> rather than failing the others.
/// <para>
/// A decision walks the campaigns from the highest priority down (ties: lower id first). For each slot still free it
/// takes the first campaign that targets the visitor on this page now (store, schedule in the store's time zone, page
/// rules, segments) and that no frequency cap or dismissal blocks; the visitor's bucket then picks control or a
/// variant. Control fills its slot too: held-out visitors see nothing there, which is what they are compared against.
/// </para>
/// </remarks>
public sealed class CampaignSet
{
    readonly CompiledCampaign[] _campaigns;
    readonly Dictionary<int, CompiledCampaign> _byId;
    readonly int _slots;
    readonly TimeZoneInfo _timeZone;

    CampaignSet(CompiledCampaign[] campaigns, int slots, TimeZoneInfo timeZone, IReadOnlyList<KeyValuePair<int, string>> skipped)
    {
        _campaigns = campaigns;
        _byId = campaigns.ToDictionary(campaign => campaign.Source.Id);
        _slots = slots;
        _timeZone = timeZone;
        Skipped = skipped;
        //a zone's name as the theme writes it; the widget plugin is asked for its zones on every page, so they are listed once here
        InlineWidgetZones = campaigns.Where(campaign => campaign.Source.Presentation?.Kind == PresentationKind.Inline)
            .Select(campaign => campaign.Source.Presentation.WidgetZone.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>Gets a set of no campaign.</summary>
    public static CampaignSet Empty { get; } = new([], 0, TimeZoneInfo.Utc, []);

    /// <summary>Gets the campaigns served, in decision order.</summary>
    public IReadOnlyList<Campaign> Campaigns => Array.ConvertAll(_campaigns, campaign => campaign.Source);

    /// <summary>Gets the campaigns left out, by id, with the first reason.</summary>
    public IReadOnlyList<KeyValuePair<int, string>> Skipped { get; }

    /// <summary>Gets the widget zones the inline campaigns appear in.</summary>
    public IReadOnlyList<string> InlineWidgetZones { get; }

    /// <summary>Gets the store's time zone: schedules and the day of a per-day cap are in it.</summary>
    public TimeZoneInfo TimeZone => _timeZone;

    /// <summary>Gets the number of distinct slots (modal, top bar, bottom bar and each widget zone used).</summary>
    public int SlotCount => _slots;

    /// <summary>Compiles the active campaigns.</summary>
    public static CampaignSet Compile(IReadOnlyList<Campaign> campaigns, CampaignCompileContext context = null)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        context ??= CampaignCompileContext.Default;
        var skipped = new List<KeyValuePair<int, string>>();
        var slots = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var compiled = new List<CompiledCampaign>();
        foreach (var campaign in campaigns.Where(campaign => campaign != null).OrderByDescending(campaign => campaign.Priority).ThenBy(campaign => campaign.Id))
        {
            var validation = CampaignValidator.Validate(campaign);
            if (!validation.IsValid)
            {
                skipped.Add(KeyValuePair.Create(campaign.Id, validation.Errors.First().Message));
                continue;
            }

            if (compiled.Any(other => other.Source.Id == campaign.Id))
            {
                skipped.Add(KeyValuePair.Create(campaign.Id, "Another campaign has the same id."));
                continue;
            }

            var key = SlotKey(campaign.Presentation);
            if (!slots.TryGetValue(key, out var slot))
                slots[key] = slot = slots.Count;
            try
            {
                compiled.Add(new CompiledCampaign(campaign, slot, context));
            }
            catch (Exception exception) when (exception is FormatException or SegmentRuleException)
            {
                skipped.Add(KeyValuePair.Create(campaign.Id, exception.Message));
            }
        }

        return new CampaignSet([.. compiled], slots.Count, context.StoreTimeZone ?? TimeZoneInfo.Utc, skipped);
    }

    /// <summary>Gets the goal matcher of a campaign in the set; null when it is not in it.</summary>
    public CampaignGoalMatcher Goal(int campaignId) => _byId.TryGetValue(campaignId, out var campaign) ? campaign.Goal : null;

    /// <summary>Decides, writing at most one decision per slot into <paramref name="decisions"/>; returns how many were written.</summary>
    /// <remarks>Allocates nothing for visitor keys up to <see cref="VariantAssignment.StackKeyBytes"/> UTF-8 bytes.</remarks>
    public int Decide(CampaignVisitor visitor, PageContext page, DateTime nowUtc, Span<CampaignDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        ArgumentException.ThrowIfNullOrEmpty(visitor.VisitorKey, nameof(visitor));
        if (_campaigns.Length == 0 || decisions.Length == 0)
            return 0;
        page ??= PageContext.None;
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), _timeZone);
        Span<bool> taken = _slots <= 64 ? stackalloc bool[_slots] : new bool[_slots];
        var keyLength = Encoding.UTF8.GetMaxByteCount(visitor.VisitorKey.Length);
        Span<byte> key = keyLength <= VariantAssignment.StackKeyBytes ? stackalloc byte[keyLength] : new byte[keyLength];
        key = key[..Encoding.UTF8.GetBytes(visitor.VisitorKey, key)];

        var count = 0;
        foreach (var campaign in _campaigns)
        {
            if (taken[campaign.Slot] || !campaign.Targets(visitor, page, nowUtc.Ticks, local.DayOfWeek, local.Hour))
                continue;
            var history = visitor.History != null && visitor.History.TryGetValue(campaign.Source.Id, out var recorded) ? recorded : default;
            if (campaign.Blocked(history))
                continue;
            var arm = campaign.Arm(VariantAssignment.Bucket(key, campaign.Source.Id), history.AssignedVariantId);
            decisions[count++] = arm < 0
                ? new CampaignDecision(campaign.Source, null, null)
                : new CampaignDecision(campaign.Source, campaign.Variants[arm], campaign.Copy(arm, visitor.LanguageId));
            taken[campaign.Slot] = true;
            if (count == decisions.Length)
                break;
        }

        return count;
    }

    /// <summary>Decides, returning one decision per slot that gets a campaign.</summary>
    public IReadOnlyList<CampaignDecision> Decide(CampaignVisitor visitor, PageContext page, DateTime nowUtc)
    {
        var buffer = new CampaignDecision[Math.Max(1, _slots)];
        var count = Decide(visitor, page, nowUtc, buffer);
        return count == buffer.Length ? buffer : buffer[..count];
    }

    static string SlotKey(CampaignPresentation presentation) => presentation?.Kind switch
    {
        PresentationKind.Inline => "inline:" + presentation.WidgetZone.Trim(),
        null => nameof(PresentationKind.Modal),
        _ => presentation.Kind.ToString()
    };
}
