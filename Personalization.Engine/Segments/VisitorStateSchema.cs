using System.Linq.Expressions;
using System.Reflection;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// The real-time schema: a rule compiled through it reads an in-memory <see cref="VisitorState"/>.
/// </summary>
/// <remarks>
/// Event conditions are compiled once into delegates that take the subject, the time and an outer event as arguments
/// (so a rule allocates nothing per evaluation) and scan only the events of their type. <see cref="Direct"/> skips
/// both and nests plain lambdas, which is the straightforward translation the benchmarks compare with.
/// </remarks>
public sealed class VisitorStateSchema : ISegmentSchema<VisitorState, VisitorEvent>
{
    static readonly Type Functions = typeof(VisitorStateFunctions);
    static readonly Type PreparedTest = typeof(Func<VisitorEvent, VisitorState, DateTime, VisitorEvent, bool>);

    readonly bool _prepareEventTests;

    VisitorStateSchema(bool prepareEventTests) => _prepareEventTests = prepareEventTests;

    /// <summary>Gets the schema real-time evaluation uses.</summary>
    public static VisitorStateSchema Instance { get; } = new(true);

    /// <summary>Gets the straightforward schema: nested lambdas over all events, created on every evaluation.</summary>
    public static VisitorStateSchema Direct { get; } = new(false);

    /// <inheritdoc />
    public Expression Field(Expression subject, ProfileField field)
    {
        var profile = Expression.Property(subject, nameof(VisitorState.Profile));
        Expression Of(string name) => Expression.Property(profile, name);
        return field switch
        {
            ProfileField.Visits => Of(nameof(CustomerProfileState.Visits)),
            ProfileField.PageViews => Of(nameof(CustomerProfileState.PageViews)),
            ProfileField.ProductViews => Of(nameof(CustomerProfileState.ProductViews)),
            ProfileField.CategoryViews => Of(nameof(CustomerProfileState.CategoryViews)),
            ProfileField.CartAdds => Of(nameof(CustomerProfileState.CartAdds)),
            ProfileField.Orders => Of(nameof(CustomerProfileState.Orders)),
            ProfileField.CartValue => Of(nameof(CustomerProfileState.CartValue)),
            ProfileField.LifetimeValue => Of(nameof(CustomerProfileState.LifetimeValue)),
            ProfileField.AverageOrderValue => Of(nameof(CustomerProfileState.AverageOrderValue)),
            ProfileField.DiscountShare => Call(nameof(VisitorStateFunctions.DiscountShare), profile),
            ProfileField.DaysSinceLastOrder => Of(nameof(CustomerProfileState.LastOrderUtc)),
            ProfileField.DaysSinceFirstSeen => Of(nameof(CustomerProfileState.FirstSeenUtc)),
            ProfileField.DaysSinceLastSeen => Of(nameof(CustomerProfileState.LastSeenUtc)),
            ProfileField.Device => Of(nameof(CustomerProfileState.Device)),
            ProfileField.Country => Of(nameof(CustomerProfileState.Country)),
            ProfileField.FirstTouchSource => Of(nameof(CustomerProfileState.FirstTouchSource)),
            ProfileField.FirstTouchCampaign => Of(nameof(CustomerProfileState.FirstTouchCampaign)),
            ProfileField.LastTouchSource => Of(nameof(CustomerProfileState.LastTouchSource)),
            ProfileField.LastTouchCampaign => Of(nameof(CustomerProfileState.LastTouchCampaign)),
            ProfileField.PriceTier => Call(nameof(VisitorStateFunctions.PriceTierName), profile),
            ProfileField.StoreId => Expression.Property(subject, nameof(VisitorState.StoreId)),
            ProfileField.LanguageId => Expression.Property(subject, nameof(VisitorState.LanguageId)),
            ProfileField.Identified => Expression.Property(subject, nameof(VisitorState.Identified)),
            ProfileField.NewsletterSubscriber => Expression.Property(subject, nameof(VisitorState.NewsletterSubscriber)),
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, null)
        };
    }

    /// <inheritdoc />
    public Expression FieldTest(Expression subject, ProfileField field, Func<Expression, Expression> test) =>
        SegmentExpressions.WhenKnown(Field(subject, field), test);

    /// <inheritdoc />
    public Expression TraitTest(Expression subject, string name, TraitType type, Func<Expression, Expression> test)
    {
        var profile = Expression.Property(subject, nameof(VisitorState.Profile));
        var value = type switch
        {
            TraitType.Text => Call(nameof(VisitorStateFunctions.TraitText), profile, Expression.Constant(name)),
            TraitType.Date => Call(nameof(VisitorStateFunctions.TraitDate), profile, Expression.Constant(name)),
            _ => Call(nameof(VisitorStateFunctions.TraitNumber), profile, Expression.Constant(name), Expression.Constant(type))
        };
        return SegmentExpressions.WhenKnown(value, test);
    }

    /// <inheritdoc />
    public Expression ScoreTest(Expression subject, string model, Func<Expression, Expression> test) =>
        SegmentExpressions.WhenKnown(Call(nameof(VisitorStateFunctions.Score), Expression.Property(subject, nameof(VisitorState.Scores)), Expression.Constant(model)), test);

    /// <inheritdoc />
    public Expression Affinity(Expression subject, bool manufacturers, IReadOnlyCollection<int> ids, int minCount)
    {
        var profile = Expression.Property(subject, nameof(VisitorState.Profile));
        var counts = Expression.Property(profile, manufacturers ? nameof(CustomerProfileState.TopManufacturers) : nameof(CustomerProfileState.TopCategories));
        return Call(nameof(VisitorStateFunctions.Affinity), counts, Expression.Constant(new HashSet<int>(ids)), Expression.Constant(minCount));
    }

    /// <inheritdoc />
    public Expression HasAnyRole(Expression subject, IReadOnlyCollection<int> roleIds) =>
        Call(nameof(VisitorStateFunctions.AnyIn), Expression.Property(subject, nameof(VisitorState.RoleIds)), Expression.Constant(new HashSet<int>(roleIds)));

    /// <inheritdoc />
    public Expression AnyEvent(Expression subject, ParameterExpression e, Expression predicate) => EventScan(nameof(VisitorStateFunctions.Any), subject, e, predicate);

    /// <inheritdoc />
    public Expression EventCountTest(Expression subject, ParameterExpression e, Expression predicate, Func<Expression, Expression> countTest) =>
        countTest(EventScan(nameof(VisitorStateFunctions.Count), subject, e, predicate));

    Expression EventScan(string function, Expression subject, ParameterExpression e, Expression predicate)
    {
        var free = FreeParameters.Of(predicate, e);
        if (!_prepareEventTests || free.Count > 3 || free.GroupBy(p => p.Type).Any(group => group.Count() > 1))
            return Expression.Call(Functions.GetMethod(function, [typeof(VisitorEvent[]), typeof(Func<VisitorEvent, bool>)]),
                Expression.Property(subject, nameof(VisitorState.Events)), Expression.Lambda<Func<VisitorEvent, bool>>(predicate, e));

        Expression events = Expression.Property(subject, nameof(VisitorState.Events));
        if (TakeType(predicate, e, out var rest) is { } type)
        {
            events = Expression.Call(subject, typeof(VisitorState).GetMethod(nameof(VisitorState.EventsOfType)), Expression.Constant(type));
            predicate = rest;
        }

        var s = Expression.Parameter(typeof(VisitorState), "s");
        var n = Expression.Parameter(typeof(DateTime), "n");
        var o = Expression.Parameter(typeof(VisitorEvent), "o");
        Expression Argument(Type type, Expression missing) => free.FirstOrDefault(p => p.Type == type) ?? missing;
        var subjectArgument = Argument(typeof(VisitorState), Expression.Constant(null, typeof(VisitorState)));
        var nowArgument = Argument(typeof(DateTime), Expression.Constant(default(DateTime)));
        var outerArgument = Argument(typeof(VisitorEvent), Expression.Constant(null, typeof(VisitorEvent)));
        var map = new Dictionary<Expression, ParameterExpression> { [subjectArgument] = s, [nowArgument] = n, [outerArgument] = o };
        var body = RealTimeRewriter.Rewrite(new Replacer(map).Visit(predicate));
        var test = Expression.Lambda<Func<VisitorEvent, VisitorState, DateTime, VisitorEvent, bool>>(body, e, s, n, o).Compile();
        return Expression.Call(Functions.GetMethod(function, [typeof(VisitorEvent[]), PreparedTest, typeof(VisitorState), typeof(DateTime), typeof(VisitorEvent)]),
            events, Expression.Constant(test), subjectArgument, nowArgument, outerArgument);
    }

    /// <summary>Takes the leading "type == n" test the compiler puts first in every event predicate.</summary>
    static int? TakeType(Expression predicate, ParameterExpression e, out Expression rest)
    {
        rest = predicate;
        if (predicate is BinaryExpression { NodeType: ExpressionType.Equal, Left: UnaryExpression { Operand: MemberExpression member }, Right: ConstantExpression { Value: int type } }
            && member.Expression == e && member.Member.Name == nameof(VisitorEvent.Type))
        {
            rest = Expression.Constant(true);
            return type;
        }

        if (predicate is BinaryExpression { NodeType: ExpressionType.AndAlso } and && TakeType(and.Left, e, out var left) is { } found)
        {
            rest = left is ConstantExpression { Value: true } ? and.Right : Expression.AndAlso(left, and.Right);
            return found;
        }

        return null;
    }

    sealed class FreeParameters : ExpressionVisitor
    {
        readonly List<ParameterExpression> _found = [];
        readonly ParameterExpression _bound;

        FreeParameters(ParameterExpression bound) => _bound = bound;

        public static List<ParameterExpression> Of(Expression expression, ParameterExpression bound)
        {
            var visitor = new FreeParameters(bound);
            visitor.Visit(expression);
            return visitor._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (node != _bound && !_found.Contains(node))
                _found.Add(node);
            return node;
        }

        //parameters of nested lambdas (Direct mode) are not free
        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            var inner = Of(node.Body, _bound).Where(p => !node.Parameters.Contains(p));
            foreach (var p in inner.Where(p => !_found.Contains(p)))
                _found.Add(p);
            return node;
        }
    }

    sealed class Replacer(Dictionary<Expression, ParameterExpression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out var replacement) ? replacement : node;
    }

    /// <inheritdoc />
    public Expression EventMember(Expression e, EventMember member) => member switch
    {
        Segments.EventMember.Type => Expression.Convert(Expression.Property(e, nameof(VisitorEvent.Type)), typeof(int)),
        Segments.EventMember.EntityId => Expression.Property(e, nameof(VisitorEvent.EntityId)),
        Segments.EventMember.Value => Expression.Property(e, nameof(VisitorEvent.Value)),
        Segments.EventMember.Label => Expression.Property(e, nameof(VisitorEvent.Label)),
        _ => Expression.Property(e, nameof(VisitorEvent.OccurredOnUtc))
    };

    /// <inheritdoc />
    public Expression CartHasAny(Expression subject, IReadOnlyCollection<int> productIds) =>
        Call(nameof(VisitorStateFunctions.AnyIn), Expression.Property(subject, nameof(VisitorState.CartProductIds)),
            Expression.Constant(productIds == null ? null : new HashSet<int>(productIds), typeof(HashSet<int>)));

    /// <inheritdoc />
    public Expression Page(Expression subject, PageMember member)
    {
        var page = Expression.Property(subject, nameof(VisitorState.Page));
        return member switch
        {
            PageMember.PageType => Expression.Property(page, nameof(PageContext.PageType)),
            PageMember.CategoryId => Expression.Property(page, nameof(PageContext.CategoryId)),
            PageMember.ProductId => Expression.Property(page, nameof(PageContext.ProductId)),
            PageMember.ManufacturerId => Expression.Property(page, nameof(PageContext.ManufacturerId)),
            _ => Expression.Property(page, nameof(PageContext.Url))
        };
    }

    /// <inheritdoc />
    public Expression InSet(Expression value, IReadOnlyCollection<int> ids) =>
        Expression.Call(Expression.Constant(new HashSet<int>(ids)), typeof(HashSet<int>).GetMethod(nameof(HashSet<int>.Contains)), value);

    static MethodCallExpression Call(string name, params Expression[] arguments) =>
        Expression.Call(Functions.GetMethod(name, BindingFlags.Public | BindingFlags.Static), arguments);
}
