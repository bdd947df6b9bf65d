using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.Personalization.Models.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Personalization.Engine.Recommendations.Rules;
using Personalization.Engine.Segments;
using MerchandisingRule = Nop.Plugin.Misc.Personalization.Domain.MerchandisingRule;
using EngineRule = Personalization.Engine.Recommendations.Rules.MerchandisingRule;

namespace Nop.Plugin.Misc.Personalization.Factories;

/// <summary>
/// Prepares the models of the merchandising rule pages; ids are shown by the names the segment pickers know them by.
/// </summary>
public class MerchandisingRuleModelFactory : IMerchandisingRuleModelFactory
{
    #region Fields

    protected readonly ILocalizationService _localizationService;
    protected readonly IMerchandisingRuleService _ruleService;
    protected readonly ISegmentPickerService _segmentPickerService;
    protected readonly IStoreService _storeService;
    protected readonly TimeProvider _timeProvider;

    #endregion

    #region Ctor

    public MerchandisingRuleModelFactory(ILocalizationService localizationService,
        IMerchandisingRuleService ruleService,
        ISegmentPickerService segmentPickerService,
        IStoreService storeService,
        TimeProvider timeProvider)
    {
        _localizationService = localizationService;
        _ruleService = ruleService;
        _segmentPickerService = segmentPickerService;
        _storeService = storeService;
        _timeProvider = timeProvider;
    }

    #endregion

    #region Utilities

    /// <summary>Gets the names of every id the rules hold, one lookup per kind.</summary>
    protected virtual async Task<RuleNames> LoadNamesAsync(IEnumerable<EngineRule> rules)
    {
        var list = rules.ToList();
        async Task<Func<int, string>> NamesAsync(string kind, Func<EngineRule, IEnumerable<int>> ids)
        {
            var wanted = list.SelectMany(ids).Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
            if (wanted.Count == 0)
                return _ => null;
            var names = (await _segmentPickerService.GetOptionsAsync(kind, wanted)).ToDictionary(option => option.Value, option => option.Name);
            return id => names.GetValueOrDefault(id.ToString(CultureInfo.InvariantCulture));
        }

        return new RuleNames(
            Product: await NamesAsync(SegmentPickers.Product, rule => (rule.Trigger?.AnchorProductIds ?? []).Concat(rule.Trigger?.CartProductIds ?? [])
                .Concat(rule.Trigger?.ViewedProductIds ?? []).Concat(rule.Action?.ProductIds ?? [])),
            Category: await NamesAsync(SegmentPickers.Category, rule => (rule.Trigger?.AnchorCategoryIds ?? []).Concat(rule.Action?.CategoryIds ?? [])),
            Manufacturer: await NamesAsync(SegmentPickers.Manufacturer, rule => (rule.Trigger?.ManufacturerIds ?? []).Concat(rule.Action?.ManufacturerIds ?? [])),
            Segment: await NamesAsync(SegmentPickers.Segment, rule => rule.Trigger?.SegmentIds ?? []));
    }

    protected virtual async Task PrepareSelectListsAsync(MerchandisingRuleModel model)
    {
        model.AvailableStores.Add(new SelectListItem(await _localizationService.GetResourceAsync("Admin.Common.All"), "0"));
        foreach (var store in await _storeService.GetAllStoresAsync())
            model.AvailableStores.Add(new SelectListItem(store.Name, store.Id.ToString(CultureInfo.InvariantCulture), store.Id == model.StoreId));

        foreach (var kind in Enum.GetValues<RuleActionKind>())
        {
            var text = await _localizationService.GetResourceAsync($"Plugins.Misc.Personalization.Merchandising.ActionKind.{kind}");
            model.AvailableActionKinds.Add(new SelectListItem(text, ((int)kind).ToString(CultureInfo.InvariantCulture), (int)kind == model.Action.Kind));
        }

        //every strategy a slot can use, and the nudge's suggestions
        model.AvailableStrategies = RecommendationSlotStrategies.All.Select(strategy => strategy.Strategy).Append(FreeShippingNudgeService.Strategy).ToList();
    }

    #endregion

    #region Methods

    /// <summary>
    /// Prepares the rule list page
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the search model
    /// </returns>
    public virtual Task<MerchandisingRuleSearchModel> PrepareMerchandisingRuleSearchModelAsync(MerchandisingRuleSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);
        searchModel.SetGridPageSize();
        return Task.FromResult(searchModel);
    }

    /// <summary>
    /// Prepares a page of the rule grid: name, active, store, priority, placement and the rule in plain words
    /// </summary>
    /// <param name="searchModel">Search model</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the page of rules
    /// </returns>
    public virtual async Task<MerchandisingRuleListModel> PrepareMerchandisingRuleListModelAsync(MerchandisingRuleSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var pageSize = Math.Max(searchModel.Length, 1);
        var rules = await _ruleService.GetAllRulesAsync(pageIndex: searchModel.Start / pageSize, pageSize: pageSize);
        var stores = (await _storeService.GetAllStoresAsync()).ToDictionary(store => store.Id, store => store.Name);
        var all = await _localizationService.GetResourceAsync("Admin.Common.All");
        var read = rules.Select(rule => (Rule: rule, Engine: MerchandisingRuleMapping.TryRead(rule, out var engineRule, out _) ? engineRule : null)).ToList();
        var names = await LoadNamesAsync(read.Where(pair => pair.Engine != null).Select(pair => pair.Engine));
        var unreadable = await _localizationService.GetResourceAsync("Plugins.Misc.Personalization.Merchandising.Unreadable");

        return new MerchandisingRuleListModel
        {
            Data = read.Select(pair => new MerchandisingRuleModel
            {
                Id = pair.Rule.Id,
                Name = pair.Rule.Name,
                Active = pair.Rule.Active,
                StoreId = pair.Rule.StoreId,
                StoreName = pair.Rule.StoreId == 0 ? all : stores.GetValueOrDefault(pair.Rule.StoreId),
                Priority = pair.Rule.Priority,
                PlacementText = pair.Rule.Placement,
                TriggerText = pair.Engine == null ? unreadable : MerchandisingRuleDescriber.DescribeTrigger(pair.Engine, names),
                ActionText = pair.Engine == null ? unreadable : MerchandisingRuleDescriber.DescribeAction(pair.Engine, names)
            }).ToList(),
            Draw = searchModel.Draw,
            RecordsTotal = rules.TotalCount,
            RecordsFiltered = rules.TotalCount
        };
    }

    /// <summary>
    /// Prepares the create/edit form
    /// </summary>
    /// <param name="model">The posted form; null to start from <paramref name="rule"/> or a new rule</param>
    /// <param name="rule">The stored rule; null for a new one</param>
    /// <param name="excludeProperties">Whether to keep the posted fields rather than the stored ones</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the form with its select lists and the rule in plain words
    /// </returns>
    public virtual async Task<MerchandisingRuleModel> PrepareMerchandisingRuleModelAsync(MerchandisingRuleModel model, MerchandisingRule rule, bool excludeProperties = false)
    {
        if (model == null || !excludeProperties)
        {
            model ??= new MerchandisingRuleModel();
            if (rule != null && MerchandisingRuleMapping.TryRead(rule, out var engineRule, out _))
                MerchandisingRuleForm.Write(engineRule, model);
            else if (rule == null)
                model.Active = true;
        }

        await PrepareSelectListsAsync(model);
        var description = await PrepareMerchandisingRuleDescriptionModelAsync(model);
        model.Description = description.Description;
        model.Warnings = description.Issues.Where(issue => !issue.IsError).Select(issue => issue.Message).ToList();
        return model;
    }

    /// <summary>
    /// Prepares what the editor shows live: the posted rule in plain words and the problems at their fields
    /// </summary>
    /// <param name="model">The posted form</param>
    /// <returns>
    /// A task that represents the asynchronous operation
    /// The task result contains the description and the issues
    /// </returns>
    public virtual async Task<MerchandisingRuleDescriptionModel> PrepareMerchandisingRuleDescriptionModelAsync(MerchandisingRuleModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var problems = new List<RuleIssue>();
        var engineRule = MerchandisingRuleForm.Read(model, problems);
        problems.AddRange(MerchandisingRuleValidator.Validate(engineRule, _timeProvider.GetUtcNow().UtcDateTime));

        return new MerchandisingRuleDescriptionModel
        {
            Description = MerchandisingRuleDescriber.Describe(engineRule, await LoadNamesAsync([engineRule])),
            Issues = problems.Select(issue => new MerchandisingRuleIssueModel
            {
                Field = issue.Field,
                Message = issue.Message,
                IsError = issue.Severity == IssueSeverity.Error
            }).ToList()
        };
    }

    #endregion
}
