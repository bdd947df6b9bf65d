using System.Linq.Expressions;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Member = Personalization.Engine.Segments.EventMember;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The batch schema: a rule compiled through it is a predicate over profile rows that linq2db turns into one SQL
/// query, with correlated EXISTS subqueries on the event, attribute and shopping cart tables and, for event counts,
/// IN lists of the customers a grouped event query passes.
/// </summary>
/// <remarks>
/// Only members linq2db translates the same way on SQL Server, PostgreSQL, MySQL/MariaDB and SQLite are used: column
/// comparisons, IS NULL, LOWER, LIKE (Contains/StartsWith), IN lists, scalar subqueries with FirstOrDefault, EXISTS
/// and IN (SELECT ... GROUP BY ... HAVING COUNT(*) ...). The current page is unknown in batch (<see cref="Page"/>
/// returns null, so page conditions are false).
/// </remarks>
public class ProfileSegmentSchema : ISegmentSchema<CustomerProfile, TrackedEvent>
{
    #region Fields

    /// <summary>nopCommerce's ShoppingCartType.ShoppingCart (wishlists share the table with 2).</summary>
    public const int ShoppingCartTypeId = 1;

    protected readonly IQueryable<TrackedEvent> _events;
    protected readonly IQueryable<CustomerProfileAttribute> _attributes;
    protected readonly IQueryable<ShoppingCartItem> _cartItems;

    #endregion

    #region Ctor

    public ProfileSegmentSchema(IQueryable<TrackedEvent> events, IQueryable<CustomerProfileAttribute> attributes, IQueryable<ShoppingCartItem> cartItems)
    {
        _events = events;
        _attributes = attributes;
        _cartItems = cartItems;
    }

    #endregion

    #region Utilities

    /// <summary>Replaces a template's parameters with the subject's customer id and the tables.</summary>
    protected Expression Apply(LambdaExpression template, Expression subject, params Expression[] rest)
    {
        var map = new Dictionary<ParameterExpression, Expression>
        {
            [template.Parameters[0]] = Expression.Property(subject, nameof(CustomerProfile.CustomerId))
        };
        for (var i = 0; i < rest.Length; i++)
            map[template.Parameters[i + 1]] = rest[i];
        return new ParameterReplacer(map).Visit(template.Body);
    }

    protected Expression Attributes => Expression.Constant(_attributes, typeof(IQueryable<CustomerProfileAttribute>));

    /// <summary>EXISTS (attribute of the subject of a kind [and name] for which <paramref name="test"/> holds): always two-valued.</summary>
    protected Expression AnyAttribute(Expression subject, ProfileAttributeKind kind, string name, Func<ParameterExpression, Expression> test)
    {
        var a = Expression.Parameter(typeof(CustomerProfileAttribute), "a");
        Expression body = Expression.AndAlso(
            Expression.Equal(Expression.Property(a, nameof(CustomerProfileAttribute.CustomerId)), Expression.Property(subject, nameof(CustomerProfile.CustomerId))),
            Expression.Equal(Expression.Property(a, nameof(CustomerProfileAttribute.KindId)), Expression.Constant((int)kind)));
        if (name != null)
            body = Expression.AndAlso(body, Expression.Equal(Expression.Property(a, nameof(CustomerProfileAttribute.Name)), Expression.Constant(name)));
        body = Expression.AndAlso(body, test(a));
        return Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(CustomerProfileAttribute)], Attributes,
            Expression.Quote(Expression.Lambda<Func<CustomerProfileAttribute, bool>>(body, a)));
    }

    protected static Expression Number(ParameterExpression a) => Expression.Property(a, nameof(CustomerProfileAttribute.NumberValue));

    protected static Expression Text(ParameterExpression a) => Expression.Property(a, nameof(CustomerProfileAttribute.TextValue));

    protected static Expression Date(ParameterExpression a) => Expression.Property(a, nameof(CustomerProfileAttribute.DateValue));

    protected virtual Expression AttributeField(Expression subject, ProfileField field)
    {
        var name = ProfileFields.NameOf(field);
        switch (ProfileFields.KindOf(field))
        {
            case FieldKind.Flag:
                return AnyAttribute(subject, ProfileAttributeKind.Field, name, a => Expression.Equal(Number(a), Expression.Constant(1m, typeof(decimal?))));
            case FieldKind.Integer:
                //a scalar subquery made two-valued with COALESCE: an unknown language is 0, which no condition names
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, int>> whole = (customerId, rows, key) => (int)(rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Field && a.Name == key).Select(a => a.NumberValue).FirstOrDefault() ?? 0m);
                return Apply(whole, subject, Attributes, Expression.Constant(name));
            case FieldKind.Text:
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, string>> text = (customerId, rows, key) => rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Field && a.Name == key).Select(a => a.TextValue).FirstOrDefault();
                return Apply(text, subject, Attributes, Expression.Constant(name));
            default:
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, decimal?>> number = (customerId, rows, key) => rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Field && a.Name == key).Select(a => a.NumberValue).FirstOrDefault();
                return Apply(number, subject, Attributes, Expression.Constant(name));
        }
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual Expression Field(Expression subject, ProfileField field)
    {
        Expression Column(string name) => Expression.Property(subject, name);
        Expression Moment(string name) => Expression.Convert(Column(name), typeof(DateTime?));
        return field switch
        {
            ProfileField.Visits => Column(nameof(CustomerProfile.VisitCount)),
            ProfileField.PageViews => Column(nameof(CustomerProfile.PageViewCount)),
            ProfileField.ProductViews => Column(nameof(CustomerProfile.ProductViewCount)),
            ProfileField.CategoryViews => Column(nameof(CustomerProfile.CategoryViewCount)),
            ProfileField.CartAdds => Column(nameof(CustomerProfile.CartAddCount)),
            ProfileField.Orders => Column(nameof(CustomerProfile.OrderCount)),
            ProfileField.CartValue => Column(nameof(CustomerProfile.CartValue)),
            ProfileField.LifetimeValue => Column(nameof(CustomerProfile.LifetimeValue)),
            ProfileField.AverageOrderValue => Column(nameof(CustomerProfile.AverageOrderValue)),
            ProfileField.DaysSinceLastOrder => Column(nameof(CustomerProfile.LastOrderOnUtc)),
            ProfileField.DaysSinceFirstSeen => Moment(nameof(CustomerProfile.FirstSeenOnUtc)),
            ProfileField.DaysSinceLastSeen => Moment(nameof(CustomerProfile.LastSeenOnUtc)),
            ProfileField.FirstTouchSource => Column(nameof(CustomerProfile.FirstTouchSource)),
            ProfileField.LastTouchSource => Column(nameof(CustomerProfile.LastTouchSource)),
            ProfileField.StoreId => Column(nameof(CustomerProfile.StoreId)),
            _ => AttributeField(subject, field)
        };
    }

    /// <inheritdoc />
    public virtual Expression FieldTest(Expression subject, ProfileField field, Func<Expression, Expression> test)
    {
        if (!ProfileAttributes.AttributeFields.Contains(field) || ProfileFields.KindOf(field) is FieldKind.Flag or FieldKind.Integer)
            return SegmentExpressions.WhenKnown(Field(subject, field), test);
        var name = ProfileFields.NameOf(field);
        return ProfileFields.KindOf(field) == FieldKind.Text
            ? AnyAttribute(subject, ProfileAttributeKind.Field, name, a => SegmentExpressions.WhenKnown(Text(a), test))
            : AnyAttribute(subject, ProfileAttributeKind.Field, name, a => SegmentExpressions.WhenKnown(Number(a), test));
    }

    /// <inheritdoc />
    public virtual Expression TraitTest(Expression subject, string name, TraitType type, Func<Expression, Expression> test) => type switch
    {
        //numbers and booleans (1/0) share the number column; a trait of another type under the same name has none
        TraitType.Text => AnyAttribute(subject, ProfileAttributeKind.Trait, name, a => SegmentExpressions.WhenKnown(Text(a), test)),
        TraitType.Date => AnyAttribute(subject, ProfileAttributeKind.Trait, name, a => SegmentExpressions.WhenKnown(Date(a), test)),
        _ => AnyAttribute(subject, ProfileAttributeKind.Trait, name, a => SegmentExpressions.WhenKnown(Number(a), test))
    };

    /// <inheritdoc />
    public virtual Expression ScoreTest(Expression subject, string model, Func<Expression, Expression> test) =>
        AnyAttribute(subject, ProfileAttributeKind.Score, model, a => SegmentExpressions.WhenKnown(Number(a), test));

    /// <inheritdoc />
    public virtual Expression Affinity(Expression subject, bool manufacturers, IReadOnlyCollection<int> ids, int minCount) =>
        AnyAttribute(subject, manufacturers ? ProfileAttributeKind.ManufacturerAffinity : ProfileAttributeKind.CategoryAffinity, null, a => Expression.AndAlso(
            InSet(Expression.Property(a, nameof(CustomerProfileAttribute.EntityId)), ids),
            Expression.GreaterThanOrEqual(Number(a), Expression.Constant((decimal?)minCount, typeof(decimal?)))));

    /// <inheritdoc />
    public virtual Expression HasAnyRole(Expression subject, IReadOnlyCollection<int> roleIds) =>
        AnyAttribute(subject, ProfileAttributeKind.Role, null, a => InSet(Expression.Property(a, nameof(CustomerProfileAttribute.EntityId)), roleIds));

    /// <inheritdoc />
    public virtual Expression AnyEvent(Expression subject, ParameterExpression e, Expression predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TrackedEvent)], Expression.Constant(_events, typeof(IQueryable<TrackedEvent>)),
            Expression.Quote(OfSubject(subject, e, predicate)));

    /// <inheritdoc />
    /// <remarks>
    /// "CustomerId IN (SELECT CustomerId FROM events WHERE ... GROUP BY CustomerId HAVING test(COUNT(*)))": one grouped
    /// scan of the matching events (through the type indexes) instead of a correlated COUNT per profile, which no
    /// database turns into a join and which costs a lookup for every profile of the store.
    /// </remarks>
    public virtual Expression EventCountTest(Expression subject, ParameterExpression e, Expression predicate, Func<Expression, Expression> countTest)
    {
        var matching = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TrackedEvent)],
            Expression.Constant(_events, typeof(IQueryable<TrackedEvent>)), Expression.Quote(Expression.Lambda<Func<TrackedEvent, bool>>(predicate, e)));
        var byCustomer = Expression.Call(typeof(Queryable), nameof(Queryable.GroupBy), [typeof(TrackedEvent), typeof(int)], matching,
            Expression.Quote((Expression<Func<TrackedEvent, int>>)(row => row.CustomerId)));
        var group = Expression.Parameter(typeof(IGrouping<int, TrackedEvent>), "g");
        var count = Expression.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(TrackedEvent)], group);
        var passing = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [group.Type], byCustomer,
            Expression.Quote(Expression.Lambda(countTest(count), group)));
        var customers = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [group.Type, typeof(int)], passing,
            Expression.Quote((Expression<Func<IGrouping<int, TrackedEvent>, int>>)(g => g.Key)));
        return Expression.Call(typeof(Queryable), nameof(Queryable.Contains), [typeof(int)], customers,
            Expression.Property(subject, nameof(CustomerProfile.CustomerId)));
    }

    /// <summary>Adds the correlation with the subject's customer in front of an event predicate (the (customer, time) index).</summary>
    protected static LambdaExpression OfSubject(Expression subject, ParameterExpression e, Expression predicate) =>
        Expression.Lambda<Func<TrackedEvent, bool>>(Expression.AndAlso(
            Expression.Equal(Expression.Property(e, nameof(TrackedEvent.CustomerId)), Expression.Property(subject, nameof(CustomerProfile.CustomerId))),
            predicate), e);

    /// <inheritdoc />
    public virtual Expression EventMember(Expression e, EventMember member) => member switch
    {
        Member.Type => Expression.Property(e, nameof(TrackedEvent.EventTypeId)),
        Member.EntityId => Expression.Property(e, nameof(TrackedEvent.EntityId)),
        Member.Value => Expression.Property(e, nameof(TrackedEvent.Value)),
        Member.Label => Expression.Property(e, nameof(TrackedEvent.Label)),
        _ => Expression.Property(e, nameof(TrackedEvent.CreatedOnUtc))
    };

    /// <inheritdoc />
    public virtual Expression CartHasAny(Expression subject, IReadOnlyCollection<int> productIds)
    {
        var cart = Expression.Constant(_cartItems, typeof(IQueryable<ShoppingCartItem>));
        if (productIds == null)
        {
            Expression<Func<int, IQueryable<ShoppingCartItem>, bool>> any = (customerId, items) => items
                .Any(i => i.CustomerId == customerId && i.ShoppingCartTypeId == ShoppingCartTypeId);
            return Apply(any, subject, cart);
        }

        Expression<Func<int, IQueryable<ShoppingCartItem>, int[], bool>> contains = (customerId, items, products) => items
            .Any(i => i.CustomerId == customerId && i.ShoppingCartTypeId == ShoppingCartTypeId && products.Contains(i.ProductId));
        return Apply(contains, subject, cart, Expression.Constant(productIds.ToArray()));
    }

    /// <inheritdoc />
    public virtual Expression Page(Expression subject, PageMember member) => null;

    /// <inheritdoc />
    public virtual Expression InSet(Expression value, IReadOnlyCollection<int> ids) =>
        Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Expression.Constant(ids.ToArray()), value);

    #endregion

    #region Nested classes

    protected sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : base.VisitParameter(node);
    }

    #endregion
}
