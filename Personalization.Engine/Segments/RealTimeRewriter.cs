using System.Linq.Expressions;
using System.Reflection;

namespace Personalization.Engine.Segments;

/// <summary>
/// Rewrites the SQL-shaped text tests of a compiled rule into allocation-free ones for real time:
/// LOWER(x) = 'v' / LIKE becomes an ordinal ignore-case comparison and LOWER(x) IN (...) a hash set lookup.
/// </summary>
/// <remarks>The same for ASCII text; beyond it SQL's LOWER follows the database's collation, which real time cannot know.</remarks>
public static class RealTimeRewriter
{
    static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes);
    static readonly MethodInfo ContainsIgnoreCase = typeof(string).GetMethod(nameof(string.Contains), [typeof(string), typeof(StringComparison)]);
    static readonly MethodInfo StartsWithIgnoreCase = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string), typeof(StringComparison)]);
    static readonly MethodInfo EqualsIgnoreCase = typeof(string).GetMethod(nameof(string.Equals), [typeof(string), typeof(string), typeof(StringComparison)]);
    static readonly MethodInfo SetContains = typeof(HashSet<string>).GetMethod(nameof(HashSet<string>.Contains));
    static readonly Expression IgnoreCase = Expression.Constant(StringComparison.OrdinalIgnoreCase);

    /// <summary>Rewrites an expression.</summary>
    public static T Rewrite<T>(T expression) where T : Expression => (T)new Rewriter().Visit(expression);

    sealed class Rewriter : ExpressionVisitor
    {
        static bool IsLower(Expression node, out Expression text)
        {
            text = node is MethodCallExpression call && call.Method == ToLower ? call.Object : null;
            return text != null;
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType == typeof(string) && node.Arguments.Count == 1 && IsLower(node.Object, out var text))
            {
                if (node.Method.Name == nameof(string.Contains))
                    return Expression.Call(Visit(text), ContainsIgnoreCase, node.Arguments[0], IgnoreCase);
                if (node.Method.Name == nameof(string.StartsWith))
                    return Expression.Call(Visit(text), StartsWithIgnoreCase, node.Arguments[0], IgnoreCase);
            }

            if (node.Method.Name == nameof(Enumerable.Contains) && node.Method.DeclaringType == typeof(Enumerable)
                && node.Arguments[0] is ConstantExpression { Value: string[] values } && IsLower(node.Arguments[1], out var item))
                return Expression.Call(Expression.Constant(new HashSet<string>(values, StringComparer.OrdinalIgnoreCase)), SetContains, Visit(item));

            return base.VisitMethodCall(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType == ExpressionType.Equal && IsLower(node.Left, out var text) && node.Right is ConstantExpression)
                return Expression.Call(EqualsIgnoreCase, Visit(text), node.Right, IgnoreCase);
            return base.VisitBinary(node);
        }
    }
}
