using System.Linq.Expressions;

namespace Personalization.Engine.Segments;

/// <summary>
/// Turns a compiled rule into what each evaluator runs: a WHERE predicate at a fixed time, or a delegate.
/// </summary>
public static class SegmentExpressions
{
    /// <summary>
    /// Fixes the evaluation time, folding the time bounds ("now minus 30 days") into constants so that SQL compares
    /// columns with parameters and never does date arithmetic on the server's clock.
    /// </summary>
    public static Expression<Func<TSubject, bool>> Bind<TSubject>(Expression<Func<TSubject, DateTime, bool>> rule, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var body = new TimeBinder(rule.Parameters[1], nowUtc).Visit(rule.Body);
        return Expression.Lambda<Func<TSubject, bool>>(body, rule.Parameters[0]);
    }

    /// <summary>Gets "the value is known and the test holds" for a value that may be null (a string or a Nullable).</summary>
    public static Expression WhenKnown(Expression value, Func<Expression, Expression> test)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(test);
        if (Nullable.GetUnderlyingType(value.Type) != null)
            return Expression.AndAlso(Expression.Property(value, "HasValue"), test(Expression.Property(value, "Value")));
        if (!value.Type.IsValueType)
            return Expression.AndAlso(Expression.NotEqual(value, Expression.Constant(null, value.Type)), test(value));
        return test(value);
    }

    sealed class TimeBinder(ParameterExpression now, DateTime value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            node == now ? Expression.Constant(value) : base.VisitParameter(node);

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var visited = (MethodCallExpression)base.VisitMethodCall(node);
            if (visited.Object is ConstantExpression { Value: DateTime moment } && visited.Arguments.Count == 1 && visited.Arguments[0] is ConstantExpression { Value: double amount })
            {
                if (visited.Method.Name == nameof(DateTime.AddDays))
                    return Expression.Constant(moment.AddDays(amount));
                if (visited.Method.Name == nameof(DateTime.AddMinutes))
                    return Expression.Constant(moment.AddMinutes(amount));
            }

            return visited;
        }
    }
}
