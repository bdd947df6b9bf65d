using System.Linq.Expressions;
using System.Reflection;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// The real-time schema: a rule compiled through it reads an in-memory <see cref="VisitorState"/>.
/// </summary>
public sealed class VisitorStateSchema : ISegmentSchema<VisitorState, VisitorEvent>
{
    static readonly Type Functions = typeof(VisitorStateFunctions);

    /// <summary>Gets the schema (it holds no state).</summary>
    public static VisitorStateSchema Instance { get; } = new();

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
    public Expression AnyEvent(Expression subject, ParameterExpression e, Expression predicate) =>
        Call(nameof(VisitorStateFunctions.Any), Expression.Property(subject, nameof(VisitorState.Events)), Expression.Lambda<Func<VisitorEvent, bool>>(predicate, e));

    /// <inheritdoc />
    public Expression CountEvents(Expression subject, ParameterExpression e, Expression predicate) =>
        Call(nameof(VisitorStateFunctions.Count), Expression.Property(subject, nameof(VisitorState.Events)), Expression.Lambda<Func<VisitorEvent, bool>>(predicate, e));

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
