using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Personalization.Engine.Segments;

namespace Personalization.Segments.Benchmarks;

/// <summary>
/// Real-time evaluation of 50 segments for one visitor: the compiled delegates the plugin serves with (event tests
/// compiled once, events scanned by type), against the straightforward translation of the same rules (nested lambdas
/// over all events) run by the LINQ expression interpreter without compilation, in the same run.
/// </summary>
[MemoryDiagnoser]
public class RealTimeSegmentBenchmarks
{
    RealTimeSegmentSet _compiled;
    Func<VisitorState, DateTime, bool>[] _interpreted;
    VisitorState _visitor;
    bool[] _flags;

    [GlobalSetup]
    public void Setup()
    {
        var context = new SegmentCompileContext { Catalog = BenchmarkSegments.Catalog() };
        var rules = BenchmarkSegments.Rules();
        _compiled = RealTimeSegmentSet.Compile(rules, context);
        _interpreted = rules.Select(rule => SegmentCompiler.Compile(rule.Value, VisitorStateSchema.Direct, context))
            .Select(expression => ((Expression<Func<VisitorState, DateTime, bool>>)expression).Compile(preferInterpretation: true)).ToArray();
        _visitor = BenchmarkSegments.Visitor();
        _flags = new bool[rules.Count];
        Console.WriteLine($"// the visitor is in {Compiled()} of the {rules.Count} segments; interpreted: {Interpreted()}; in a request's context: {InRequest()}");
    }

    /// <summary>The 50 rules as plain expression trees run by the interpreter.</summary>
    [Benchmark(Baseline = true, Description = "50 segments, plain trees interpreted")]
    public int Interpreted()
    {
        var members = 0;
        for (var i = 0; i < _interpreted.Length; i++)
            members += _interpreted[i](_visitor, BenchmarkSegments.Now) ? 1 : 0;
        return members;
    }

    /// <summary>
    /// What a request does with the cached state: puts it in the request's context (store, identity, roles, page), which
    /// shares the cached state's event index, then evaluates the compiled rules.
    /// </summary>
    [Benchmark(Description = "50 segments, cached state in a request's context")]
    public int InRequest()
    {
        var state = _visitor.InRequest(_visitor.StoreId, _visitor.Identified, _visitor.RoleIds, _visitor.Page);
        _compiled.Evaluate(state, BenchmarkSegments.Now, _flags);
        var members = 0;
        for (var i = 0; i < _flags.Length; i++)
            members += _flags[i] ? 1 : 0;
        return members;
    }

    /// <summary>The 50 rules as compiled delegates.</summary>
    [Benchmark(Description = "50 segments, compiled delegates")]
    public int Compiled()
    {
        _compiled.Evaluate(_visitor, BenchmarkSegments.Now, _flags);
        var members = 0;
        for (var i = 0; i < _flags.Length; i++)
            members += _flags[i] ? 1 : 0;
        return members;
    }
}
