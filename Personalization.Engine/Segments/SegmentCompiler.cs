using System.Linq.Expressions;
using System.Reflection;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Personalization.Engine.Segments;

/// <summary>
/// Compiles a validated rule into one expression over a subject and the evaluation time, through an <see cref="ISegmentSchema{TSubject,TEvent}"/>.
/// </summary>
/// <remarks>
/// The same tree of comparisons, null tests and event subqueries serves both evaluators: bound to a fixed time it
/// becomes a linq2db WHERE clause over the store's tables (<see cref="SegmentExpressions.Bind{TSubject}"/>), compiled
/// it becomes a delegate over a cached visitor state. Values that may be unknown are tested through the schema's
/// FieldTest / TraitTest / ScoreTest ("known and the test holds", an EXISTS in SQL), so that NOT means the same in
/// SQL's three-valued logic as in C#.
/// </remarks>
public static class SegmentCompiler
{
    /// <summary>Compiles a rule the validator accepted.</summary>
    /// <exception cref="SegmentRuleException">The rule is invalid or refers to segments in a cycle.</exception>
    public static Expression<Func<TSubject, DateTime, bool>> Compile<TSubject, TEvent>(
        SegmentRule rule, ISegmentSchema<TSubject, TEvent> schema, SegmentCompileContext context = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(schema);
        context ??= SegmentCompileContext.Default;
        var validation = SegmentValidator.Validate(rule, context);
        if (!validation.IsValid)
            throw new SegmentRuleException(validation);

        var subject = Expression.Parameter(typeof(TSubject), "subject");
        var now = Expression.Parameter(typeof(DateTime), "now");
        var builder = new Builder<TSubject, TEvent>(schema, context, subject, now);
        return Expression.Lambda<Func<TSubject, DateTime, bool>>(builder.Node(rule.Root), subject, now);
    }

    sealed class Builder<TSubject, TEvent>(ISegmentSchema<TSubject, TEvent> schema, SegmentCompileContext context, ParameterExpression subject, ParameterExpression now)
    {
        static readonly MethodInfo AddDays = typeof(DateTime).GetMethod(nameof(DateTime.AddDays), [typeof(double)]);
        static readonly MethodInfo AddMinutes = typeof(DateTime).GetMethod(nameof(DateTime.AddMinutes), [typeof(double)]);
        static readonly MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes);
        static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)]);
        static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)]);
        static readonly MethodInfo ArrayContains = typeof(Enumerable).GetMethods()
            .First(method => method.Name == nameof(Enumerable.Contains) && method.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(string));

        static readonly Expression True = Expression.Constant(true);
        static readonly Expression False = Expression.Constant(false);

        readonly Stack<int> _inlined = new();

        public Expression Node(RuleNode node) => node switch
        {
            RuleGroup group => Group(group),
            RuleCondition condition => Condition(condition),
            _ => throw new ArgumentException("unknown rule node " + node?.GetType().Name)
        };

        Expression Group(RuleGroup group)
        {
            var children = group.Children.Select(Node).ToList();
            return group.Operator switch
            {
                GroupOperator.And => children.Count == 0 ? True : children.Aggregate(Expression.AndAlso),
                GroupOperator.Or => children.Count == 0 ? False : children.Aggregate(Expression.OrElse),
                _ => children.Count == 0 ? True : Expression.Not(children.Aggregate(Expression.OrElse))
            };
        }

        Expression Condition(RuleCondition c)
        {
            switch (c.Type)
            {
                case ConditionTypes.Profile:
                    ProfileFields.TryParse(c.Get(ConditionTypes.Field), out var field);
                    return Compare(KnownField(field), ProfileFields.KindOf(field), ConditionReader.Text(c, ConditionTypes.Operator),
                        c.Get(ConditionTypes.Value), c.Get(ConditionTypes.Value2));
                case ConditionTypes.Trait:
                    return TraitCondition(c);
                case ConditionTypes.Rfm:
                    return RfmCondition(c);
                case ConditionTypes.Behaviour:
                    return BehaviourCondition(c);
                case ConditionTypes.NotDone:
                {
                    var e = Expression.Parameter(typeof(TEvent), "e");
                    return Expression.Not(schema.AnyEvent(subject, e, EventPredicate(c, e, c.Get(ConditionTypes.Event))));
                }
                case ConditionTypes.Sequence:
                    return SequenceCondition(c);
                case ConditionTypes.Cart:
                    return CartCondition(c);
                case ConditionTypes.Page:
                    return PageCondition(c);
                case ConditionTypes.Visit:
                    return c.Get(ConditionTypes.Kind) == ConditionTypes.VisitFirst
                        ? Expression.LessThanOrEqual(schema.Field(subject, ProfileField.Visits), Expression.Constant(1))
                        : Expression.GreaterThanOrEqual(schema.Field(subject, ProfileField.Visits), Expression.Constant(2));
                case ConditionTypes.Identified:
                    return Flag(schema.Field(subject, ProfileField.Identified), ConditionReader.Boolean(c, ConditionTypes.Value));
                case ConditionTypes.Newsletter:
                    return Flag(schema.Field(subject, ProfileField.NewsletterSubscriber), ConditionReader.Boolean(c, ConditionTypes.Value));
                case ConditionTypes.Role:
                    return schema.HasAnyRole(subject, ConditionReader.Ids(c, ConditionTypes.Ids));
                case ConditionTypes.Store:
                    return schema.InSet(schema.Field(subject, ProfileField.StoreId), ConditionReader.Ids(c, ConditionTypes.Ids));
                case ConditionTypes.Language:
                    return schema.InSet(schema.Field(subject, ProfileField.LanguageId), ConditionReader.Ids(c, ConditionTypes.Ids));
                case ConditionTypes.Country:
                    return TextIn(ProfileField.Country, ConditionReader.LowerList(c, ConditionTypes.Values));
                case ConditionTypes.Device:
                    return TextIn(ProfileField.Device, ConditionReader.LowerList(c, ConditionTypes.Values));
                case ConditionTypes.PriceTierType:
                    return TextIn(ProfileField.PriceTier, ConditionReader.LowerList(c, ConditionTypes.Values));
                case ConditionTypes.Referral:
                    return ReferralCondition(c);
                case ConditionTypes.Affinity:
                    return schema.Affinity(subject, c.Get(ConditionTypes.Kind) == ConditionTypes.Manufacturer,
                        ConditionReader.Ids(c, ConditionTypes.Ids), ConditionReader.Integer(c, ConditionTypes.MinCount) ?? 1);
                case ConditionTypes.Prediction:
                    return Compare(test => schema.ScoreTest(subject, c.Get(ConditionTypes.Model), test), FieldKind.Decimal, c.Get(ConditionTypes.Operator),
                        c.Get(ConditionTypes.Value), c.Get(ConditionTypes.Value2));
                case ConditionTypes.Segment:
                    return SegmentCondition(c);
                default:
                    throw new ArgumentException("unknown condition type " + c.Type);
            }
        }

        static Expression Flag(Expression flag, bool expected) => expected ? flag : Expression.Not(flag);

        Expression TraitCondition(RuleCondition c)
        {
            var type = (TraitType)ConditionTypes.TraitTypes.ToList().IndexOf(c.Get(ConditionTypes.TraitValueType));
            var name = c.Get(ConditionTypes.Name);
            Expression Known(Func<Expression, Expression> test) => schema.TraitTest(subject, name, type, test);
            var op = c.Get(ConditionTypes.Operator);
            return type switch
            {
                TraitType.Boolean => op switch
                {
                    Comparison.IsSet => Known(_ => True),
                    Comparison.IsNotSet => Expression.Not(Known(_ => True)),
                    _ => Known(value => Expression.Equal(value, Expression.Constant(op == Comparison.IsTrue ? 1m : 0m)))
                },
                TraitType.Date => CompareDate(Known, op, c.Get(ConditionTypes.Value), c.Get(ConditionTypes.Value2)),
                TraitType.Number => Compare(Known, FieldKind.Decimal, op, c.Get(ConditionTypes.Value), c.Get(ConditionTypes.Value2)),
                _ => Compare(Known, FieldKind.Text, op, c.Get(ConditionTypes.Value), c.Get(ConditionTypes.Value2))
            };
        }

        Expression RfmCondition(RuleCondition c)
        {
            var min = ConditionReader.Integer(c, ConditionTypes.Min) ?? 1;
            var max = ConditionReader.Integer(c, ConditionTypes.Max) ?? 5;
            var rfm = context.Rfm;
            switch (c.Get(ConditionTypes.Dimension))
            {
                case ConditionTypes.Recency:
                {
                    //score >= min: days below the (5 - min)th cut point; score <= max: days at or past the (5 - max)th
                    return schema.FieldTest(subject, ProfileField.DaysSinceLastOrder, last =>
                    {
                        Expression result = True;
                        if (min > 1)
                            result = DaysCompare(last, Comparison.LessThan, rfm.RecencyDays[5 - min]);
                        if (max < 5)
                        {
                            var upper = DaysCompare(last, Comparison.GreaterOrEqual, rfm.RecencyDays[4 - max]);
                            result = result == True ? upper : Expression.AndAlso(result, upper);
                        }

                        return result;
                    });
                }
                case ConditionTypes.Frequency:
                    return ScoreRange(schema.Field(subject, ProfileField.Orders), min, max, index => Expression.Constant(rfm.Frequency[index]));
                default:
                    return ScoreRange(schema.Field(subject, ProfileField.LifetimeValue), min, max, index => Expression.Constant(rfm.Monetary[index]));
            }
        }

        static Expression ScoreRange(Expression value, int min, int max, Func<int, Expression> cut)
        {
            Expression result = True;
            if (min > 1)
                result = Expression.GreaterThanOrEqual(value, cut(min - 2));
            if (max < 5)
                result = result == True ? Expression.LessThan(value, cut(max - 1)) : Expression.AndAlso(result, Expression.LessThan(value, cut(max - 1)));
            return result;
        }

        Expression BehaviourCondition(RuleCondition c)
        {
            var e = Expression.Parameter(typeof(TEvent), "e");
            var predicate = EventPredicate(c, e, c.Get(ConditionTypes.Event));
            var count = ConditionReader.Integer(c, ConditionTypes.Count) ?? 1;
            var op = c.Get(ConditionTypes.Operator);
            //EXISTS is cheaper than COUNT where the count only needs to be non-zero
            if ((op == Comparison.AtLeast && count == 1) || (op == Comparison.AtMost && count == 0) || (op == Comparison.Exactly && count == 0))
            {
                var any = schema.AnyEvent(subject, e, predicate);
                return op == Comparison.AtLeast ? any : Expression.Not(any);
            }

            if (op == Comparison.AtLeast && count == 0)
                return True;
            //every count test below fails for zero ("at most n" is "not more than n"), so that SQL can take the passing
            //customers from the grouped events: one scan of the events instead of a COUNT for each profile
            var n = Expression.Constant(count);
            return op switch
            {
                Comparison.AtLeast => schema.EventCountTest(subject, e, predicate, counted => Expression.GreaterThanOrEqual(counted, n)),
                Comparison.AtMost => Expression.Not(schema.EventCountTest(subject, e, predicate, counted => Expression.GreaterThan(counted, n))),
                _ => schema.EventCountTest(subject, e, predicate, counted => Expression.Equal(counted, n))
            };
        }

        Expression SequenceCondition(RuleCondition c)
        {
            var a = Expression.Parameter(typeof(TEvent), "a");
            var b = Expression.Parameter(typeof(TEvent), "b");
            var within = ConditionReader.Integer(c, ConditionTypes.WithinMinutes) ?? 60;
            var aTime = schema.EventMember(a, EventMember.OccurredOnUtc);
            var bTime = schema.EventMember(b, EventMember.OccurredOnUtc);
            ConditionTypes.TryParseEvent(c.Get(ConditionTypes.Then), out var then);

            Expression follow = Expression.AndAlso(
                Expression.Equal(schema.EventMember(b, EventMember.Type), Expression.Constant((int)then)),
                Expression.AndAlso(Expression.GreaterThan(bTime, aTime),
                    Expression.LessThanOrEqual(bTime, Expression.Call(aTime, AddMinutes, Expression.Constant((double)within)))));
            if (ConditionReader.Boolean(c, ConditionTypes.SameEntity))
                follow = Expression.AndAlso(follow, Expression.Equal(schema.EventMember(b, EventMember.EntityId), schema.EventMember(a, EventMember.EntityId)));

            var first = EventPredicate(c, a, c.Get(ConditionTypes.Event));
            var followed = schema.AnyEvent(subject, b, follow);
            if (ConditionReader.Boolean(c, ConditionTypes.ThenDone))
                return schema.AnyEvent(subject, a, Expression.AndAlso(first, followed));

            //"then did not" is only known once the time limit has passed
            var elapsed = Expression.LessThanOrEqual(aTime, Expression.Call(now, AddMinutes, Expression.Constant((double)-within)));
            return schema.AnyEvent(subject, a, Expression.AndAlso(first, Expression.AndAlso(elapsed, Expression.Not(followed))));
        }

        Expression EventPredicate(RuleCondition c, ParameterExpression e, string eventName)
        {
            ConditionTypes.TryParseEvent(eventName, out var type);
            Expression predicate = Expression.Equal(schema.EventMember(e, EventMember.Type), Expression.Constant((int)type));
            void And(Expression next) => predicate = Expression.AndAlso(predicate, next);

            var time = schema.EventMember(e, EventMember.OccurredOnUtc);
            switch (ConditionReader.Text(c, ConditionTypes.Window))
            {
                case ConditionTypes.WindowLastDays:
                    And(Expression.GreaterThanOrEqual(time, Expression.Call(now, AddDays, Expression.Constant((double)-ConditionReader.Integer(c, ConditionTypes.Days).Value))));
                    break;
                case ConditionTypes.WindowBetween:
                    And(Expression.GreaterThanOrEqual(time, Expression.Constant(ConditionReader.Date(c, ConditionTypes.From).Value)));
                    And(Expression.LessThan(time, Expression.Constant(ConditionReader.Date(c, ConditionTypes.To).Value)));
                    break;
            }

            var entity = schema.EventMember(e, EventMember.EntityId);
            var products = ConditionReader.Ids(c, ConditionTypes.Product);
            if (products.Length > 0)
                And(schema.InSet(entity, products));

            if (ConditionReader.Integer(c, ConditionTypes.Category) is { } category)
            {
                var categories = context.Catalog.Categories(category, ConditionReader.Boolean(c, ConditionTypes.IncludeSubcategories));
                And(schema.InSet(entity, type == TrackedEventType.CategoryView ? categories : context.Catalog.ProductsInCategories(categories)));
            }

            var manufacturers = ConditionReader.Ids(c, ConditionTypes.Manufacturer);
            if (manufacturers.Length > 0)
                And(schema.InSet(entity, type == TrackedEventType.ManufacturerView ? manufacturers : context.Catalog.ProductsOfManufacturers(manufacturers)));

            var segments = ConditionReader.Ids(c, ConditionTypes.SegmentIds);
            if (segments.Length > 0)
                And(schema.InSet(entity, segments));

            if (c.Get(ConditionTypes.Label) is { } label)
            {
                var match = ConditionReader.Text(c, ConditionTypes.LabelMatch);
                And(TextMatch(schema.EventMember(e, EventMember.Label), match == ConditionTypes.LabelEquals ? Comparison.Equal : match, label));
            }

            var value = schema.EventMember(e, EventMember.Value);
            if (ConditionReader.Decimal(c, ConditionTypes.MinValue) is { } minValue)
                And(Expression.GreaterThanOrEqual(value, Expression.Constant(minValue)));
            if (ConditionReader.Decimal(c, ConditionTypes.MaxValue) is { } maxValue)
                And(Expression.LessThanOrEqual(value, Expression.Constant(maxValue)));
            return predicate;
        }

        Expression CartCondition(RuleCondition c)
        {
            switch (c.Get(ConditionTypes.Check))
            {
                case ConditionTypes.CartEmpty:
                    return Expression.Not(schema.CartHasAny(subject, null));
                case ConditionTypes.CartNotEmpty:
                    return schema.CartHasAny(subject, null);
                case ConditionTypes.CartContainsProduct:
                    return schema.CartHasAny(subject, ConditionReader.Ids(c, ConditionTypes.Product));
                case ConditionTypes.CartContainsCategory:
                    var categories = context.Catalog.Categories(ConditionReader.Integer(c, ConditionTypes.Category).Value, ConditionReader.Boolean(c, ConditionTypes.IncludeSubcategories));
                    return schema.CartHasAny(subject, context.Catalog.ProductsInCategories(categories));
                default:
                    var value = schema.Field(subject, ProfileField.CartValue);
                    Expression result = True;
                    if (ConditionReader.Decimal(c, ConditionTypes.Min) is { } min)
                        result = Expression.GreaterThanOrEqual(value, Expression.Constant(min));
                    if (ConditionReader.Decimal(c, ConditionTypes.Max) is { } max)
                        result = result == True ? Expression.LessThanOrEqual(value, Expression.Constant(max)) : Expression.AndAlso(result, Expression.LessThanOrEqual(value, Expression.Constant(max)));
                    return result;
            }
        }

        Expression PageCondition(RuleCondition c)
        {
            var check = c.Get(ConditionTypes.Check);
            var member = check switch
            {
                ConditionTypes.PageType => PageMember.PageType,
                ConditionTypes.PageCategory => PageMember.CategoryId,
                ConditionTypes.PageProduct => PageMember.ProductId,
                ConditionTypes.PageManufacturer => PageMember.ManufacturerId,
                _ => PageMember.Url
            };
            var page = schema.Page(subject, member);
            if (page == null)
                return False;
            var value = c.Get(ConditionTypes.Value);
            switch (member)
            {
                case PageMember.PageType:
                    return TextMatch(page, Comparison.Equal, value);
                case PageMember.Url:
                    var match = ConditionReader.Text(c, ConditionTypes.LabelMatch);
                    return TextMatch(page, match == ConditionTypes.LabelEquals ? Comparison.Equal : match, value);
                case PageMember.CategoryId:
                    return schema.InSet(page, context.Catalog.Categories(int.Parse(value), ConditionReader.Boolean(c, ConditionTypes.IncludeSubcategories)));
                default:
                    ConditionReader.TryIds(value, out var ids, out _);
                    return schema.InSet(page, ids);
            }
        }

        Expression ReferralCondition(RuleCondition c)
        {
            var first = ConditionReader.Text(c, ConditionTypes.Touch) == ConditionTypes.TouchFirst;
            Expression result = True;
            var sources = ConditionReader.LowerList(c, ConditionTypes.Source);
            if (sources.Length > 0)
                result = TextIn(first ? ProfileField.FirstTouchSource : ProfileField.LastTouchSource, sources);
            var campaigns = ConditionReader.LowerList(c, ConditionTypes.Campaign);
            if (campaigns.Length > 0)
            {
                var campaign = TextIn(first ? ProfileField.FirstTouchCampaign : ProfileField.LastTouchCampaign, campaigns);
                result = result == True ? campaign : Expression.AndAlso(result, campaign);
            }

            return result;
        }

        Expression SegmentCondition(RuleCondition c)
        {
            var id = ConditionReader.Integer(c, ConditionTypes.SegmentId).Value;
            if (_inlined.Contains(id))
                throw new ArgumentException($"segment {id} refers to itself");
            _inlined.Push(id);
            var body = Node(context.Segments.Find(id).Root);
            _inlined.Pop();
            return body;
        }

        /// <summary>
        /// Compares a value that may be unknown. <paramref name="known"/> gives "the value is known and the test holds"
        /// for a test over the known value; unknown values fail every test, and "is not" is NOT of "is", so the
        /// comparison is two-valued in SQL as in C#.
        /// </summary>
        Expression Compare(Func<Func<Expression, Expression>, Expression> known, FieldKind kind, string op, string text, string text2)
        {
            switch (kind)
            {
                case FieldKind.Flag:
                    return known(value => op == Comparison.IsTrue ? value : Expression.Not(value));
                case FieldKind.Text:
                    return op switch
                    {
                        Comparison.IsSet => known(value => Expression.NotEqual(value, Expression.Constant(string.Empty))),
                        Comparison.IsNotSet => Expression.Not(known(value => Expression.NotEqual(value, Expression.Constant(string.Empty)))),
                        Comparison.NotEqual => Expression.Not(known(value => TextTest(value, Comparison.Equal, text))),
                        Comparison.In => known(value => InLower(value, ConditionReader.SplitList(text))),
                        Comparison.NotIn => Expression.Not(known(value => InLower(value, ConditionReader.SplitList(text)))),
                        _ => known(value => TextTest(value, op, text))
                    };
                case FieldKind.Days:
                    return CompareDays(known, op, text, text2);
            }

            if (op is Comparison.IsSet or Comparison.IsNotSet)
            {
                var set = known(_ => True);
                return op == Comparison.IsSet ? set : Expression.Not(set);
            }

            Expression Test(Expression plain)
            {
                Expression Constant(string number)
                {
                    ConditionReader.TryDecimal(number, out var parsed);
                    return plain.Type == typeof(int) ? Expression.Constant((int)parsed) : Expression.Constant(parsed, plain.Type);
                }

                return op switch
                {
                    Comparison.Equal or Comparison.NotEqual => Expression.Equal(plain, Constant(text)),
                    Comparison.GreaterThan => Expression.GreaterThan(plain, Constant(text)),
                    Comparison.GreaterOrEqual => Expression.GreaterThanOrEqual(plain, Constant(text)),
                    Comparison.LessThan => Expression.LessThan(plain, Constant(text)),
                    Comparison.LessOrEqual => Expression.LessThanOrEqual(plain, Constant(text)),
                    _ => Expression.AndAlso(Expression.GreaterThanOrEqual(plain, Constant(text)), Expression.LessThanOrEqual(plain, Constant(text2)))
                };
            }

            var result = known(Test);
            return op == Comparison.NotEqual ? Expression.Not(result) : result;
        }

        Expression CompareDays(Func<Func<Expression, Expression>, Expression> known, string op, string text, string text2)
        {
            if (op == Comparison.IsSet)
                return known(_ => True);
            if (op == Comparison.IsNotSet)
                return Expression.Not(known(_ => True));
            ConditionReader.TryInteger(text, out var days);
            ConditionReader.TryInteger(text2, out var days2);
            return known(moment => op switch
            {
                Comparison.Equal => Expression.AndAlso(DaysCompare(moment, Comparison.GreaterOrEqual, days), DaysCompare(moment, Comparison.LessThan, days + 1)),
                Comparison.GreaterThan => DaysCompare(moment, Comparison.GreaterOrEqual, days + 1),
                Comparison.GreaterOrEqual => DaysCompare(moment, Comparison.GreaterOrEqual, days),
                Comparison.LessThan => DaysCompare(moment, Comparison.LessThan, days),
                Comparison.LessOrEqual => DaysCompare(moment, Comparison.LessThan, days + 1),
                _ => Expression.AndAlso(DaysCompare(moment, Comparison.GreaterOrEqual, days), DaysCompare(moment, Comparison.LessThan, days2 + 1))
            });
        }

        /// <summary>Whole days since a known moment compared with a number, as a comparison of the moment with a bound (never arithmetic on the column).</summary>
        Expression DaysCompare(Expression moment, string op, int days)
        {
            var bound = Expression.Call(now, AddDays, Expression.Constant((double)-days));
            return op == Comparison.GreaterOrEqual ? Expression.LessThanOrEqual(moment, bound) : Expression.GreaterThan(moment, bound);
        }

        Expression CompareDate(Func<Func<Expression, Expression>, Expression> known, string op, string text, string text2)
        {
            if (op == Comparison.IsSet)
                return known(_ => True);
            if (op == Comparison.IsNotSet)
                return Expression.Not(known(_ => True));
            ConditionReader.TryDate(text, out var date);
            ConditionReader.TryDate(text2, out var date2);
            var result = known(value => op switch
            {
                Comparison.Equal or Comparison.NotEqual => Expression.Equal(value, Expression.Constant(date)),
                Comparison.GreaterThan => Expression.GreaterThan(value, Expression.Constant(date)),
                Comparison.GreaterOrEqual => Expression.GreaterThanOrEqual(value, Expression.Constant(date)),
                Comparison.LessThan => Expression.LessThan(value, Expression.Constant(date)),
                Comparison.LessOrEqual => Expression.LessThanOrEqual(value, Expression.Constant(date)),
                _ => Expression.AndAlso(Expression.GreaterThanOrEqual(value, Expression.Constant(date)), Expression.LessThanOrEqual(value, Expression.Constant(date2)))
            });
            return op == Comparison.NotEqual ? Expression.Not(result) : result;
        }

        Func<Func<Expression, Expression>, Expression> KnownField(ProfileField field) => test => schema.FieldTest(subject, field, test);

        Expression TextIn(ProfileField field, string[] values) => schema.FieldTest(subject, field, value => InLower(value, values));

        /// <summary>Case-insensitive test of a known text: LOWER(x) = / LIKE '%v%' / LIKE 'v%'.</summary>
        static Expression TextTest(Expression text, string op, string value)
        {
            var lower = Expression.Call(text, ToLower);
            var constant = Expression.Constant((value ?? string.Empty).ToLowerInvariant());
            return op switch
            {
                Comparison.Contains => Expression.Call(lower, StringContains, constant),
                Comparison.StartsWith => Expression.Call(lower, StringStartsWith, constant),
                _ => Expression.Equal(lower, constant)
            };
        }

        /// <summary>Case-insensitive test of a text that may be null (an event label, the current page), false on null.</summary>
        static Expression TextMatch(Expression text, string op, string value) =>
            Expression.AndAlso(Expression.NotEqual(text, Expression.Constant(null, typeof(string))), TextTest(text, op, value));

        static Expression InLower(Expression text, string[] values) =>
            Expression.Call(ArrayContains, Expression.Constant(Array.ConvertAll(values, value => value.ToLowerInvariant())), Expression.Call(text, ToLower));
    }
}
