using FsCheck;
using FsCheck.Fluent;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Personalization.Engine.Segments;

namespace Nop.Plugin.Misc.Personalization.Tests.Services.Segments;

/// <summary>
/// The property that keeps the two evaluators honest: for random visitors and random rules, the SQL run over the
/// stored rows selects exactly the visitors the compiled delegate selects over their in-memory states.
/// </summary>
[TestFixture(DatabaseKind.Sqlite)]
[TestFixture(DatabaseKind.PostgreSql)]
[TestFixture(DatabaseKind.MariaDb)]
public class EvaluatorAgreementTests(DatabaseKind kind)
{
    const int Cases = 40;
    const int RulesPerCase = 5;

    SegmentStore _store;

    [OneTimeSetUp]
    public async Task CreateStore() => _store = await SegmentStore.CreateAsync(kind);

    [OneTimeTearDown]
    public void DropStore() => _store?.Dispose();

    /// <summary>The single conditions of a rule whose two evaluations differ, to say where a failure comes from.</summary>
    IEnumerable<string> DisagreeingConditions(Case c, RuleNode node, SegmentCompileContext context)
    {
        if (node is RuleGroup group)
            return group.Children.SelectMany(child => DisagreeingConditions(c, child, context));
        var rule = SegmentRule.AllOf(node);
        var set = RealTimeSegmentSet.Compile([KeyValuePair.Create(0, rule)], context);
        var live = c.Visitors.Where(v => set.Members(v, SegmentGenerators.Now).Count > 0).Select(v => v.Profile.CustomerId).ToList();
        var batch = _store.MembersAsync(rule, SegmentGenerators.Now, context).GetAwaiter().GetResult();
        return batch.SequenceEqual(live)
            ? []
            : [$"  SQL [{string.Join(", ", batch)}], real time [{string.Join(", ", live)}]: {SegmentRuleJson.Write(rule).Replace("\n", string.Empty)}"
               + string.Concat(c.Visitors.Where(v => batch.Contains(v.Profile.CustomerId) != live.Contains(v.Profile.CustomerId))
                   .Select(v => Environment.NewLine + "    visitor " + System.Text.Json.JsonSerializer.Serialize(v)))];
    }

    sealed record Case(VisitorState[] Visitors, SegmentRule[] Rules)
    {
        public override string ToString() => $"{Visitors.Length} visitors, {Visitors.Sum(v => v.Events.Length)} events; rules: "
            + string.Join(" | ", Rules.Select(SegmentRuleJson.Write).Select(json => json.Replace("\n", string.Empty).Replace("  ", string.Empty)));
    }

    [Test]
    public void Sql_and_compiled_delegate_select_the_same_visitors_for_random_rules_and_data()
    {
        var cases =
            from visitors in SegmentGenerators.Population
            from rules in SegmentGenerators.Rules(RulesPerCase)
            select new Case(visitors, rules);
        var evaluated = 0;
        var matched = 0;

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var directory = new SegmentDirectory(Enumerable.Range(0, c.Rules.Length).ToDictionary(i => i + 1, i => c.Rules[i]));
            var context = new SegmentCompileContext { Catalog = SegmentGenerators.Catalog, Segments = directory };
            _store.ClearAsync().GetAwaiter().GetResult();
            _store.WriteAsync(c.Visitors).GetAwaiter().GetResult();
            var realTime = RealTimeSegmentSet.Compile(Enumerable.Range(0, c.Rules.Length).Select(i => KeyValuePair.Create(i + 1, c.Rules[i])).ToList(), context);
            var flags = new bool[c.Rules.Length];
            var live = new List<int>[c.Rules.Length];
            for (var i = 0; i < live.Length; i++)
                live[i] = [];
            foreach (var visitor in c.Visitors)
            {
                realTime.Evaluate(visitor, SegmentGenerators.Now, flags);
                for (var i = 0; i < flags.Length; i++)
                {
                    if (flags[i])
                        live[i].Add(visitor.Profile.CustomerId);
                }
            }

            for (var i = 0; i < c.Rules.Length; i++)
            {
                var validation = SegmentValidator.Validate(c.Rules[i], context, i + 1);
                Assert.That(validation.IsValid, Is.True, "generated rule is invalid: " + string.Join(" ", validation.Errors));
                var batch = _store.MembersAsync(c.Rules[i], SegmentGenerators.Now, context).GetAwaiter().GetResult();
                if (!batch.SequenceEqual(live[i]))
                    Assert.Fail($"rule {i + 1} selects [{string.Join(", ", batch)}] in SQL but [{string.Join(", ", live[i])}] in real time: {SegmentDescriber.Describe(c.Rules[i])}"
                        + Environment.NewLine + string.Join(Environment.NewLine, DisagreeingConditions(c, c.Rules[i].Root, context)));
                evaluated++;
                matched += batch.Count;
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));

        TestContext.Out.WriteLine($"{evaluated} rules evaluated both ways, {matched} memberships in all");
        //a property that only ever compares empty sets proves nothing
        Assert.That(matched, Is.GreaterThan(evaluated / 4));
    }
}
