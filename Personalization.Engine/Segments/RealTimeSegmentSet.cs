using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// The compiled delegates of a store's segments for real-time evaluation: which segments a visitor state is in now.
/// </summary>
/// <remarks>Build it once per change of the segment definitions (compiling costs milliseconds) and share it; it is immutable.</remarks>
public sealed class RealTimeSegmentSet
{
    readonly int[] _ids;
    readonly Func<VisitorState, DateTime, bool>[] _rules;

    RealTimeSegmentSet(int[] ids, Func<VisitorState, DateTime, bool>[] rules)
    {
        _ids = ids;
        _rules = rules;
    }

    /// <summary>Gets the segment ids, in the order <see cref="Evaluate"/> fills its flags.</summary>
    public IReadOnlyList<int> SegmentIds => _ids;

    /// <summary>Compiles the segments (each rule must validate).</summary>
    public static RealTimeSegmentSet Compile(IReadOnlyList<KeyValuePair<int, SegmentRule>> segments, SegmentCompileContext context = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var ids = new int[segments.Count];
        var rules = new Func<VisitorState, DateTime, bool>[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            ids[i] = segments[i].Key;
            rules[i] = RealTimeRewriter.Rewrite(SegmentCompiler.Compile(segments[i].Value, VisitorStateSchema.Instance, context)).Compile();
        }

        return new RealTimeSegmentSet(ids, rules);
    }

    /// <summary>Sets <paramref name="matches"/>[i] to whether the state is in the i-th segment at <paramref name="nowUtc"/>.</summary>
    public void Evaluate(VisitorState state, DateTime nowUtc, Span<bool> matches)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (matches.Length < _rules.Length)
            throw new ArgumentException($"needs room for {_rules.Length} flags", nameof(matches));
        for (var i = 0; i < _rules.Length; i++)
            matches[i] = _rules[i](state, nowUtc);
    }

    /// <summary>Gets the ids of the segments the state is in.</summary>
    public IReadOnlyList<int> Members(VisitorState state, DateTime nowUtc)
    {
        Span<bool> matches = _rules.Length <= 256 ? stackalloc bool[_rules.Length] : new bool[_rules.Length];
        Evaluate(state, nowUtc, matches);
        var result = new List<int>();
        for (var i = 0; i < matches.Length; i++)
        {
            if (matches[i])
                result.Add(_ids[i]);
        }

        return result;
    }
}
