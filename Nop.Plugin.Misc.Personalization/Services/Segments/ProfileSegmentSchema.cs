using System.Linq.Expressions;
using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Member = Personalization.Engine.Segments.EventMember;

namespace Nop.Plugin.Misc.Personalization.Services.Segments;

/// <summary>
/// The batch schema: a rule compiled through it is a predicate over profile rows that linq2db turns into one SQL
/// query, with correlated EXISTS / COUNT subqueries on the event, attribute and shopping cart tables.
/// </summary>
/// <remarks>
/// Only members linq2db translates the same way on SQL Server, PostgreSQL, MySQL/MariaDB and SQLite are used: column
/// comparisons, IS NULL, LOWER, LIKE (Contains/StartsWith), IN lists, scalar subqueries with FirstOrDefault, EXISTS
/// and COUNT. The current page is unknown in batch (<see cref="Page"/> returns null, so page conditions are false).
/// </remarks>
public class ProfileSegmentSchema : ISegmentSchema<CustomerProfile, TrackedEvent>
{
    #region Fields

    /// <summary>nopCommerce's ShoppingCartType.ShoppingCart (wishlists share the table with 2).</summary>
    protected const int ShoppingCartTypeId = 1;

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

    protected Expression AttributeField(Expression subject, ProfileField field)
    {
        var name = Expression.Constant(ProfileFields.NameOf(field));
        switch (ProfileFields.KindOf(field))
        {
            case FieldKind.Text:
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, string>> text = (customerId, rows, key) => rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Field && a.Name == key).Select(a => a.TextValue).FirstOrDefault();
                return Apply(text, subject, Attributes, name);
            case FieldKind.Flag:
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, bool>> flag = (customerId, rows, key) => rows
                    .Any(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Field && a.Name == key && a.NumberValue == 1m);
                return Apply(flag, subject, Attributes, name);
            case FieldKind.Integer:
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, int>> whole = (customerId, rows, key) => (int)(rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Field && a.Name == key).Select(a => a.NumberValue).FirstOrDefault() ?? 0m);
                return Apply(whole, subject, Attributes, name);
            default:
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, decimal?>> number = (customerId, rows, key) => rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Field && a.Name == key).Select(a => a.NumberValue).FirstOrDefault();
                return Apply(number, subject, Attributes, name);
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
    public virtual Expression Trait(Expression subject, string name, TraitType type)
    {
        var key = Expression.Constant(name);
        switch (type)
        {
            case TraitType.Text:
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, string>> text = (customerId, rows, trait) => rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Trait && a.Name == trait).Select(a => a.TextValue).FirstOrDefault();
                return Apply(text, subject, Attributes, key);
            case TraitType.Date:
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, DateTime?>> date = (customerId, rows, trait) => rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Trait && a.Name == trait).Select(a => a.DateValue).FirstOrDefault();
                return Apply(date, subject, Attributes, key);
            default:
                //numbers and booleans (1/0) share the number column; a text trait of the same name has none
                Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, decimal?>> number = (customerId, rows, trait) => rows
                    .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Trait && a.Name == trait).Select(a => a.NumberValue).FirstOrDefault();
                return Apply(number, subject, Attributes, key);
        }
    }

    /// <inheritdoc />
    public virtual Expression Score(Expression subject, string model)
    {
        Expression<Func<int, IQueryable<CustomerProfileAttribute>, string, decimal?>> score = (customerId, rows, name) => rows
            .Where(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Score && a.Name == name).Select(a => a.NumberValue).FirstOrDefault();
        return Apply(score, subject, Attributes, Expression.Constant(model));
    }

    /// <inheritdoc />
    public virtual Expression Affinity(Expression subject, bool manufacturers, IReadOnlyCollection<int> ids, int minCount)
    {
        var kind = (int)(manufacturers ? ProfileAttributeKind.ManufacturerAffinity : ProfileAttributeKind.CategoryAffinity);
        Expression<Func<int, IQueryable<CustomerProfileAttribute>, int[], int, decimal, bool>> affinity = (customerId, rows, entities, kindId, min) => rows
            .Any(a => a.CustomerId == customerId && a.KindId == kindId && entities.Contains(a.EntityId) && a.NumberValue >= min);
        return Apply(affinity, subject, Attributes, Expression.Constant(ids.ToArray()), Expression.Constant(kind), Expression.Constant((decimal)minCount));
    }

    /// <inheritdoc />
    public virtual Expression HasAnyRole(Expression subject, IReadOnlyCollection<int> roleIds)
    {
        Expression<Func<int, IQueryable<CustomerProfileAttribute>, int[], bool>> role = (customerId, rows, roles) => rows
            .Any(a => a.CustomerId == customerId && a.KindId == (int)ProfileAttributeKind.Role && roles.Contains(a.EntityId));
        return Apply(role, subject, Attributes, Expression.Constant(roleIds.ToArray()));
    }

    /// <inheritdoc />
    public virtual Expression AnyEvent(Expression subject, ParameterExpression e, Expression predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Any), [typeof(TrackedEvent)], Expression.Constant(_events, typeof(IQueryable<TrackedEvent>)),
            Expression.Quote(OfSubject(subject, e, predicate)));

    /// <inheritdoc />
    public virtual Expression CountEvents(Expression subject, ParameterExpression e, Expression predicate) =>
        Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TrackedEvent)], Expression.Constant(_events, typeof(IQueryable<TrackedEvent>)),
            Expression.Quote(OfSubject(subject, e, predicate)));

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
