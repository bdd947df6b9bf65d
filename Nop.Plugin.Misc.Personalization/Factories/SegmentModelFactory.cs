using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Core.Caching;
using Nop.Data;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models.Segments;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Customers;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Framework.Models;
using Personalization.Engine.Predictions;
using Personalization.Engine.Profiles;
using Personalization.Engine.Segments;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the segment pages
/// </summary>
public class SegmentModelFactory : ISegmentModelFactory
{
    /// <summary>Customers the live preview shows.</summary>
    public const int SampleSize = 10;

    /// <summary>Materializations the grid's sparkline shows.</summary>
    public const int TrendPoints = 30;

    /// <summary>Gets how the editor model is written into the page (camelCase, as the rule JSON).</summary>
    public static JsonSerializerOptions EditorJsonOptions { get; } = new(JsonSerializerDefaults.Web);

    #region Fields

    protected readonly ICustomerService _customerService;
    protected readonly ICustomerSummaryService _customerSummaryService;
    protected readonly ILocalizationService _localizationService;
    protected readonly IRepository<CustomerProfile> _profileRepository;
    protected readonly IRepository<TrackedEvent> _eventRepository;
    protected readonly ISegmentCompileContextFactory _segmentCompileContextFactory;
    protected readonly ISegmentMembershipService _segmentMembershipService;
    protected readonly ISegmentService _segmentService;
    protected readonly IStaticCacheManager _staticCacheManager;
    protected readonly IStoreService _storeService;
    protected readonly PersonalizationSettings _personalizationSettings;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public SegmentModelFactory(ICustomerService customerService,
        ICustomerSummaryService customerSummaryService,
        ILocalizationService localizationService,
        IRepository<CustomerProfile> profileRepository,
        IRepository<TrackedEvent> eventRepository,
        ISegmentCompileContextFactory segmentCompileContextFactory,
        ISegmentMembershipService segmentMembershipService,
        ISegmentService segmentService,
        IStaticCacheManager staticCacheManager,
        IStoreService storeService,
        PersonalizationSettings personalizationSettings,
        TimeProvider timeProvider)
    {
        _customerService = customerService;
        _customerSummaryService = customerSummaryService;
        _localizationService = localizationService;
        _profileRepository = profileRepository;
        _eventRepository = eventRepository;
        _segmentCompileContextFactory = segmentCompileContextFactory;
        _segmentMembershipService = segmentMembershipService;
        _segmentService = segmentService;
        _staticCacheManager = staticCacheManager;
        _storeService = storeService;
        _personalizationSettings = personalizationSettings;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the resource key of a choice's words (window, cart check, page type...).</summary>
    public static string ChoiceResourceKey(string value) => "Plugins.Misc.Personalization.Segments.Choices." + value;

    /// <summary>Gets the resource key of a profile field's name.</summary>
    public static string ProfileFieldResourceKey(string field) => "Plugins.Misc.Personalization.Segments.ProfileFields." + field;

    /// <summary>Gets the choices the editor names with a choice resource: every allowed value but operators, events and profile fields.</summary>
    public static IReadOnlyList<string> ChoiceValues() => ConditionTypes.All
        .SelectMany(type => type.Parameters)
        .Where(parameter => parameter.Name is not (ConditionTypes.Operator or ConditionTypes.Event or ConditionTypes.Then or ConditionTypes.Field))
        .SelectMany(parameter => parameter.AllowedValues ?? [])
        .Concat(ConditionTypes.PageTypes)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Gets the resource keys of the editor's buttons and messages, by the name the script uses.</summary>
    public static IReadOnlyDictionary<string, string> EditorTextKeys { get; } = new Dictionary<string, string>
    {
        ["and"] = "Plugins.Misc.Personalization.Segments.Editor.And",
        ["or"] = "Plugins.Misc.Personalization.Segments.Editor.Or",
        ["not"] = "Plugins.Misc.Personalization.Segments.Editor.Not",
        ["addCondition"] = "Plugins.Misc.Personalization.Segments.Editor.AddCondition",
        ["addGroup"] = "Plugins.Misc.Personalization.Segments.Editor.AddGroup",
        ["remove"] = "Plugins.Misc.Personalization.Segments.Editor.Remove",
        ["moveUp"] = "Plugins.Misc.Personalization.Segments.Editor.MoveUp",
        ["moveDown"] = "Plugins.Misc.Personalization.Segments.Editor.MoveDown",
        ["chooseType"] = "Plugins.Misc.Personalization.Segments.Editor.ChooseType",
        ["choose"] = "Plugins.Misc.Personalization.Segments.Editor.Choose",
        ["search"] = "Plugins.Misc.Personalization.Segments.Editor.Search",
        ["yes"] = "Plugins.Misc.Personalization.Segments.Editor.Yes",
        ["no"] = "Plugins.Misc.Personalization.Segments.Editor.No",
        ["emptyGroup"] = "Plugins.Misc.Personalization.Segments.Editor.EmptyGroup",
        ["preview"] = "Plugins.Misc.Personalization.Segments.Editor.Preview",
        ["counting"] = "Plugins.Misc.Personalization.Segments.Editor.Counting",
        ["count"] = "Plugins.Misc.Personalization.Segments.Editor.Count",
        ["noMembers"] = "Plugins.Misc.Personalization.Segments.Editor.NoMembers",
        ["fixErrors"] = "Plugins.Misc.Personalization.Segments.Editor.FixErrors",
        ["failed"] = "Plugins.Misc.Personalization.Segments.Editor.Failed",
        ["customer"] = "Plugins.Misc.Personalization.Segments.Members.Customer",
        ["email"] = "Plugins.Misc.Personalization.Segments.Members.Email",
        ["lifetimeValue"] = "Plugins.Misc.Personalization.Segments.Members.LifetimeValue",
        ["orders"] = "Plugins.Misc.Personalization.Segments.Members.Orders",
        ["lastSeen"] = "Plugins.Misc.Personalization.Segments.Members.LastSeen",
        ["costWarning"] = "Plugins.Misc.Personalization.Segments.Editor.CostWarning",
        ["batchMeaning"] = "Plugins.Misc.Personalization.Segments.Editor.BatchMeaning"
    };

    /// <summary>Gets the picker of a parameter, or the parameter choosing it: ids and names the merchant should pick, not type.</summary>
    protected static (string Picker, string By, IDictionary<string, string> ByValue) PickerOf(string type, string parameter) => (type, parameter) switch
    {
        (_, ConditionTypes.Product) => (SegmentPickers.Product, null, null),
        (_, ConditionTypes.Category) => (SegmentPickers.Category, null, null),
        (_, ConditionTypes.Manufacturer) => (SegmentPickers.Manufacturer, null, null),
        (ConditionTypes.Role, ConditionTypes.Ids) => (SegmentPickers.Role, null, null),
        (ConditionTypes.Store, ConditionTypes.Ids) => (SegmentPickers.Store, null, null),
        (ConditionTypes.Trait, ConditionTypes.Name) => (SegmentPickers.Trait, null, null),
        (ConditionTypes.Segment, ConditionTypes.SegmentId) => (SegmentPickers.Segment, null, null),
        (ConditionTypes.Affinity, ConditionTypes.Ids) => (null, ConditionTypes.Kind, new Dictionary<string, string>
        {
            [ConditionTypes.Category] = SegmentPickers.Category,
            [ConditionTypes.Manufacturer] = SegmentPickers.Manufacturer
        }),
        (ConditionTypes.Page, ConditionTypes.Value) => (null, ConditionTypes.Check, new Dictionary<string, string>
        {
            [ConditionTypes.PageCategory] = SegmentPickers.Category,
            [ConditionTypes.PageProduct] = SegmentPickers.Product,
            [ConditionTypes.PageManufacturer] = SegmentPickers.Manufacturer
        }),
        _ => (null, null, null)
    };

    /// <summary>Gets the values to suggest while typing a free-text parameter.</summary>
    protected static IList<string> SuggestionsOf(string type, string parameter) => (type, parameter) switch
    {
        (ConditionTypes.Prediction, ConditionTypes.Model) => ScoreModels.Probabilities.ToList(),
        (ConditionTypes.Device, ConditionTypes.Values) => ["desktop", "mobile", "tablet"],
        (ConditionTypes.Page, ConditionTypes.Value) => ConditionTypes.PageTypes.ToList(),
        _ => null
    };

    protected static string CamelCase(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    protected static SegmentIssueModel ToModel(SegmentIssue issue) => new()
    {
        Path = issue.Path,
        Parameter = issue.Parameter,
        IsError = issue.Severity == IssueSeverity.Error,
        Message = issue.Message,
        Text = issue.ToString()
    };

    /// <summary>Gets the row counts the cost estimate works from, cached: counting events reads a large table.</summary>
    protected virtual async Task<TableStatistics> PrepareTableStatisticsAsync()
    {
        var key = _staticCacheManager.PrepareKeyForDefaultCache(PersonalizationDefaults.SegmentTableStatisticsCacheKey);
        return await _staticCacheManager.GetAsync(key, async () =>
        {
            //the query is given: nopCommerce's repository has a synchronous and an asynchronous overload, so a bare call is ambiguous
            var profiles = await _profileRepository.GetAllPagedAsync(query => query, getOnlyTotalCount: true);
            var events = await _eventRepository.GetAllPagedAsync(query => query, getOnlyTotalCount: true);
            return new TableStatistics(profiles.TotalCount, events.TotalCount, _personalizationSettings.DataRetentionDays);
        });
    }

    protected virtual async Task<IList<SegmentMemberModel>> PrepareMemberModelsAsync(IReadOnlyList<int> customerIds, IReadOnlyList<DateTime?> enteredOnUtc)
    {
        var summaries = await _customerSummaryService.GetSummariesAsync(customerIds);
        return summaries.Select((summary, i) => new SegmentMemberModel
        {
            CustomerId = summary.CustomerId,
            Email = summary.Email,
            FullName = summary.FullName,
            EnteredOnUtc = enteredOnUtc?[i],
            LifetimeValue = summary.LifetimeValue,
            OrderCount = summary.OrderCount,
            LastSeenOnUtc = summary.LastSeenOnUtc
        }).ToList();
    }

    /// <summary>Sets a grid's page sizes from the admin area settings.</summary>
    protected virtual void SetGridPageSize(BaseSearchModel searchModel) => searchModel.SetGridPageSize();

    protected virtual async Task PrepareSelectListsAsync(SegmentModel model)
    {
        model.AvailableStores.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            model.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture), store.Id == model.StoreId));

        //system roles (Registered, Guests...) are nopCommerce's own; a segment must never add or remove customers there
        model.AvailableCustomerRoles.Add(new SelectListItem(await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Segments.Fields.CustomerRole.None"), "0"));
        foreach (var role in (await _customerService.GetAllCustomerRolesAsync(showHidden: true)).Where(role => !role.IsSystemRole).OrderBy(role => role.Name))
            model.AvailableCustomerRoles.Add(new SelectListItem(role.Name, role.Id.ToString(CultureInfo.InvariantCulture), role.Id == model.CustomerRoleId));
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the segment list page: grid filter and templates
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    public virtual Task<SegmentSearchModel> PrepareSegmentSearchModelAsync(SegmentSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        foreach (var template in SegmentTemplateGallery.All)
            searchModel.AvailableTemplates.Add(new SegmentTemplateModel
            {
                Key = template.Key,
                Name = template.Name,
                Description = SegmentDescriber.Describe(template.Rule)
            });

        SetGridPageSize(searchModel);
        return Task.FromResult(searchModel);
    }

    /// <summary>
    /// Prepares one page of the segment grid
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page
    /// </returns>
    public virtual async Task<SegmentListModel> PrepareSegmentListModelAsync(SegmentSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var pageSize = Math.Max(searchModel.Length, 1);
        var name = string.IsNullOrWhiteSpace(searchModel.SearchName) ? null : searchModel.SearchName.Trim();
        var segments = await _segmentService.GetAllSegmentsAsync(name: name, pageIndex: searchModel.Start / pageSize, pageSize: pageSize);
        var stores = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        var roles = (await _customerService.GetAllCustomerRolesAsync(showHidden: true)).ToDictionary(role => role.Id, role => role.Name);
        var all = await _localizationService.GetResourceAsync("Admin.Common.All");

        var rows = new List<SegmentModel>(segments.Count);
        foreach (var segment in segments)
        {
            var history = await _segmentService.GetSizeHistoryAsync(segment.Id);
            rows.Add(new SegmentModel
            {
                Id = segment.Id,
                Name = segment.Name,
                Active = segment.Active,
                StoreId = segment.StoreId,
                StoreName = segment.StoreId == 0 ? all : stores.GetValueOrDefault(segment.StoreId),
                CustomerRoleId = segment.CustomerRoleId,
                CustomerRoleName = segment.CustomerRoleId == 0 ? null : roles.GetValueOrDefault(segment.CustomerRoleId),
                MemberCount = segment.MemberCount,
                SizeTrend = history.TakeLast(TrendPoints).Select(point => point.MemberCount).ToList(),
                LastRefreshedOnUtc = segment.LastRefreshedOnUtc,
                LastError = segment.LastError
            });
        }

        return new SegmentListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = segments.TotalCount,
            RecordsFiltered = segments.TotalCount
        };
    }

    /// <summary>
    /// Prepares the create/edit form
    /// </summary>
    /// <param name="model">Segment model; null to start a new one</param>
    /// <param name="segment">Segment; null to create one</param>
    /// <param name="templateKey">Template a new segment starts from; null to start empty</param>
    /// <param name="excludeProperties">Whether to keep the posted values rather than load the segment's</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the prepared model
    /// </returns>
    public virtual async Task<SegmentModel> PrepareSegmentModelAsync(SegmentModel model, Segment segment, string templateKey = null, bool excludeProperties = false)
    {
        model ??= new SegmentModel();

        if (segment != null)
        {
            if (!excludeProperties)
            {
                model.Name = segment.Name;
                model.Notes = segment.Notes;
                model.Active = segment.Active;
                model.StoreId = segment.StoreId;
                model.CustomerRoleId = segment.CustomerRoleId;
                model.RuleJson = segment.RuleJson;
                model.TemplateKey = segment.TemplateKey;
            }

            model.Id = segment.Id;
            model.MemberCount = segment.MemberCount;
            model.LastRefreshedOnUtc = segment.LastRefreshedOnUtc;
            model.LastError = segment.LastError;
            model.SizeHistory = (await _segmentService.GetSizeHistoryAsync(segment.Id)).Select(point => new SegmentSizePointModel
            {
                RecordedOnUtc = point.RecordedOnUtc,
                MemberCount = point.MemberCount,
                EnteredCount = point.EnteredCount,
                LeftCount = point.LeftCount
            }).ToList();
            model.SegmentMemberSearchModel.SegmentId = segment.Id;
            SetGridPageSize(model.SegmentMemberSearchModel);
        }
        else if (!excludeProperties)
        {
            var template = SegmentTemplateGallery.Find(templateKey);
            model.Active = true;
            model.Name = template?.Name;
            model.TemplateKey = template?.Key;
            model.RuleJson = SegmentRuleJson.Write(template?.Rule ?? new SegmentRule { Root = RuleGroup.All() });
        }

        if (SegmentRuleJson.TryRead(model.RuleJson, out var rule, out _) && SegmentValidator.Validate(rule, await _segmentCompileContextFactory.CreateAsync([rule]), segment?.Id).IsValid)
            model.Description = SegmentDescriber.Describe(rule);

        await PrepareSelectListsAsync(model);
        model.EditorJson = JsonSerializer.Serialize(await PrepareSegmentEditorModelAsync(), EditorJsonOptions);
        return model;
    }

    /// <summary>
    /// Prepares one page of a segment's materialized members
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <param name="segment">Segment</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page
    /// </returns>
    public virtual async Task<SegmentMemberListModel> PrepareSegmentMemberListModelAsync(SegmentMemberSearchModel searchModel, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        ArgumentNullException.ThrowIfNull(segment);

        var pageSize = Math.Max(searchModel.Length, 1);
        var members = await _segmentService.GetMembersAsync(segment.Id, searchModel.Start / pageSize, pageSize);
        var rows = await PrepareMemberModelsAsync(members.Select(member => member.CustomerId).ToList(),
            members.Select(member => (DateTime?)member.EnteredOnUtc).ToList());

        return new SegmentMemberListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = members.TotalCount,
            RecordsFiltered = members.TotalCount
        };
    }

    /// <summary>
    /// Checks a rule the editor holds and describes it; with members, counts who matches now and samples ten of them
    /// </summary>
    /// <param name="ruleJson">The rule as JSON</param>
    /// <param name="segmentId">The segment being edited, so a membership cycle back to it is found; 0 for a new one</param>
    /// <param name="includeMembers">Whether to count and sample the members and estimate the cost</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the issues, the description and, when asked, the count, sample and cost warnings
    /// </returns>
    public virtual async Task<SegmentPreviewModel> PrepareSegmentPreviewModelAsync(string ruleJson, int segmentId, bool includeMembers)
    {
        var model = new SegmentPreviewModel();
        if (!SegmentRuleJson.TryRead(ruleJson, out var rule, out var error))
        {
            model.Issues.Add(ToModel(new SegmentIssue(IssueSeverity.Error, string.Empty, null, null, error)));
            return model;
        }

        var context = await _segmentCompileContextFactory.CreateAsync([rule]);
        var validation = SegmentValidator.Validate(rule, context, segmentId > 0 ? segmentId : null);
        model.Issues = validation.Issues.Select(ToModel).ToList();
        model.IsValid = validation.IsValid;
        if (!model.IsValid)
            return model;

        model.Description = SegmentDescriber.Describe(rule);
        if (!includeMembers)
            return model;

        var members = await _segmentMembershipService.GetMembersAsync(rule, _timeProvider.GetUtcNow().UtcDateTime, context, 0, SampleSize);
        model.Count = members.TotalCount;
        model.Sample = await PrepareMemberModelsAsync(members.Select(profile => profile.CustomerId).ToList(), null);
        model.CostWarnings = SegmentCostEstimator.Estimate(rule, await PrepareTableStatisticsAsync(), context).Warnings.Select(ToModel).ToList();
        return model;
    }

    /// <summary>
    /// Prepares what the rule editor renders from
    /// </summary>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the condition types, choices and texts
    /// </returns>
    public virtual async Task<SegmentEditorModel> PrepareSegmentEditorModelAsync()
    {
        var model = new SegmentEditorModel();
        foreach (var type in ConditionTypes.All)
        {
            model.ConditionTypes.Add(new SegmentEditorConditionTypeModel
            {
                Name = type.Name,
                Label = type.Label,
                Group = type.Group,
                BatchMeaning = type.BatchMeaning,
                Parameters = type.Parameters.Select(parameter =>
                {
                    var (picker, by, byValue) = PickerOf(type.Name, parameter.Name);
                    return new SegmentEditorParameterModel
                    {
                        Name = parameter.Name,
                        Label = parameter.Label,
                        ValueType = CamelCase(parameter.ValueType.ToString()),
                        Required = parameter.Required,
                        AllowedValues = parameter.AllowedValues?.ToList(),
                        Minimum = parameter.Minimum,
                        Maximum = parameter.Maximum,
                        RequiredWhen = parameter.RequiredWhen,
                        Default = parameter.Default,
                        Picker = picker,
                        PickerBy = by,
                        PickerByValue = byValue,
                        Suggestions = SuggestionsOf(type.Name, parameter.Name)
                    };
                }).ToList()
            });
        }

        foreach (var op in ConditionTypes.All.SelectMany(type => type.Operators).Distinct())
            model.OperatorLabels[op] = Comparison.Words(op);
        foreach (var value in ChoiceValues())
            model.ChoiceLabels[value] = await _localizationService.GetResourceAsync(ChoiceResourceKey(value));
        var eventTypes = Enum.GetValues<TrackedEventType>();
        for (var i = 0; i < eventTypes.Length; i++)
            model.ChoiceLabels[ConditionTypes.EventNames[i]] = await _localizationService.GetResourceAsync(EventModelFactory.EventTypeResourceKey(eventTypes[i]));
        foreach (var name in ProfileFields.All)
        {
            ProfileFields.TryParse(name, out var field);
            var kind = ProfileFields.KindOf(field);
            model.ChoiceLabels[name] = await _localizationService.GetResourceAsync(ProfileFieldResourceKey(name));
            model.ProfileFields[name] = new SegmentEditorFieldModel { Kind = CamelCase(kind.ToString()), Operators = ProfileFields.OperatorsOf(kind).ToList() };
        }

        foreach (var type in Enum.GetValues<TraitType>())
            model.TraitOperators[CamelCase(type.ToString())] = SegmentValidator.TraitOperatorsOf(type).ToList();
        foreach (var (name, key) in EditorTextKeys)
            model.Texts[name] = await _localizationService.GetResourceAsync(key);

        return model;
    }

    #endregion
}
