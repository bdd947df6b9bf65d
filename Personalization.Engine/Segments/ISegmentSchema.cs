using System.Linq.Expressions;
using Personalization.Engine.Profiles;

namespace Personalization.Engine.Segments;

/// <summary>
/// Supplies the member expressions <see cref="SegmentCompiler"/> builds a rule from, for one row type of subject and one of event.
/// </summary>
/// <remarks>
/// One implementation reads the plugin's tables (the subject is a profile row, events and attributes are correlated
/// subqueries linq2db turns into SQL); another reads an in-memory <see cref="VisitorState"/>. Every expression must
/// mean the same in both, and use only what SQL can express when the rows are tables: comparisons, null tests,
/// LOWER, LIKE-shaped string calls, IN lists, EXISTS subqueries and grouped counts.
/// </remarks>
/// <typeparam name="TSubject">The row a rule is tested on.</typeparam>
/// <typeparam name="TEvent">The row of one event.</typeparam>
public interface ISegmentSchema<TSubject, TEvent>
{
    /// <summary>
    /// Gets a profile field (for fields that are always known, or compared through <see cref="FieldTest"/>): int for <see cref="FieldKind.Integer"/>, decimal for <see cref="FieldKind.Decimal"/>,
    /// DateTime? (the moment counted from) for <see cref="FieldKind.Days"/>, string for text, bool for flags.
    /// </summary>
    Expression Field(Expression subject, ProfileField field);

    /// <summary>
    /// Gets whether a field is known and <paramref name="test"/> holds for its value; the test receives the value as
    /// <see cref="Field"/> types it, never null (a moment as DateTime). Must be two-valued in SQL (no NULL result).
    /// </summary>
    Expression FieldTest(Expression subject, ProfileField field, Func<Expression, Expression> test);

    /// <summary>
    /// Gets whether the subject has an imported trait of that name and type whose value passes <paramref name="test"/>;
    /// the test receives a string for text, decimal for numbers, DateTime for dates and decimal 1 or 0 for booleans.
    /// </summary>
    Expression TraitTest(Expression subject, string name, TraitType type, Func<Expression, Expression> test);

    /// <summary>Gets whether the subject has a stored predicted score of the model that passes <paramref name="test"/> (a decimal).</summary>
    Expression ScoreTest(Expression subject, string model, Func<Expression, Expression> test);

    /// <summary>Gets whether the subject interacted at least <paramref name="minCount"/> times with any of the categories (or manufacturers).</summary>
    Expression Affinity(Expression subject, bool manufacturers, IReadOnlyCollection<int> ids, int minCount);

    /// <summary>Gets whether the subject has any of the customer roles.</summary>
    Expression HasAnyRole(Expression subject, IReadOnlyCollection<int> roleIds);

    /// <summary>Gets whether any event of the subject satisfies <paramref name="predicate"/> (a bool expression over <paramref name="e"/>).</summary>
    Expression AnyEvent(Expression subject, ParameterExpression e, Expression predicate);

    /// <summary>
    /// Gets whether the number of events of the subject that satisfy <paramref name="predicate"/> passes
    /// <paramref name="countTest"/> (a bool expression over the int count). The compiler only passes tests that fail for
    /// zero, so a batch schema may select the passing customers from the grouped events alone (one scan for all
    /// subjects) instead of counting per subject.
    /// </summary>
    Expression EventCountTest(Expression subject, ParameterExpression e, Expression predicate, Func<Expression, Expression> countTest);

    /// <summary>Gets a member of an event row.</summary>
    Expression EventMember(Expression e, EventMember member);

    /// <summary>Gets whether the subject's cart holds any of the products, or any line at all when <paramref name="productIds"/> is null.</summary>
    Expression CartHasAny(Expression subject, IReadOnlyCollection<int> productIds);

    /// <summary>Gets a member of the current page (string or int); null when the schema knows no current page (batch).</summary>
    Expression Page(Expression subject, PageMember member);

    /// <summary>Gets whether an int value is one of the ids (an IN list in SQL, a hash set in memory).</summary>
    Expression InSet(Expression value, IReadOnlyCollection<int> ids);
}
