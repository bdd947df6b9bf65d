using System.Reflection;
using System.Text.RegularExpressions;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Domain;
using Nop.Plugin.Misc.Personalization.Models;
using Nop.Plugin.Misc.Personalization.Models.Campaigns;
using Nop.Plugin.Misc.Personalization.Models.Events;
using Nop.Plugin.Misc.Personalization.Models.Segments;
using Nop.Plugin.Misc.Personalization.Models.Predictions;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Plugin.Misc.Personalization.Tests.Infrastructure;
using Nop.Web.Framework.Mvc.ModelBinding;
using Personalization.Engine.Campaigns;
using Personalization.Engine.Segments;
using Personalization.Engine.Profiles;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Tests.Services;

[TestFixture]
public class PersonalizationLocaleResourcesTests
{
    static readonly Type[] ModelsWithLabels = [typeof(ConfigurationModel), typeof(EventSearchModel), typeof(EventModel), typeof(SegmentSearchModel), typeof(SegmentModel), typeof(PredictionsModel),
        typeof(CampaignSearchModel), typeof(CampaignModel), typeof(CampaignGoalModel), typeof(CampaignVariantModel), typeof(CampaignCouponModel), typeof(CampaignCopyModel),
        typeof(CampaignDeliveryModel), typeof(CampaignCapModel), typeof(CampaignPageRuleModel), typeof(CampaignScheduleModel), typeof(CampaignPresentationModel)];

    [Test]
    public void Every_field_label_of_the_admin_pages_has_an_English_text_and_a_hint()
    {
        var keys = ModelsWithLabels.SelectMany(model => model.GetProperties())
            .Select(property => property.GetCustomAttribute<NopResourceDisplayNameAttribute>()?.ResourceKey)
            .Where(key => key != null)
            .ToList();

        Assert.That(keys, Is.Not.Empty);
        foreach (var key in keys)
        {
            Assert.That(PersonalizationLocaleResources.English, Does.ContainKey(key));
            Assert.That(PersonalizationLocaleResources.English, Does.ContainKey(key + ".Hint"), "nop-label shows the hint as a tooltip");
        }
    }

    [Test]
    public void Every_plugin_text_a_view_asks_for_exists()
    {
        var views = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "Nop.Plugin.Misc.Personalization", "Views"), "*.cshtml", SearchOption.AllDirectories);
        var asked = views.SelectMany(view => Regex.Matches(File.ReadAllText(view), "T\\(\"(?<key>Plugins\\.Misc\\.Personalization\\.[^\"]+)\"\\)"))
            .Select(match => match.Groups["key"].Value)
            .Distinct()
            .ToList();

        Assert.That(asked, Is.Not.Empty);
        Assert.That(asked, Is.SubsetOf(PersonalizationLocaleResources.English.Keys));
    }

    [Test]
    public void Every_model_kind_algorithm_and_price_tier_the_predictions_page_names_has_a_text()
    {
        var keys = PredictionModelKinds.Predictions.SelectMany(kind => new[] { PredictionModelFactory.KindResourceKey(kind), PredictionModelFactory.KindResourceKey(kind) + ".Description" })
            .Concat(new[] { PredictionModelKinds.FastTree, PredictionModelKinds.Logistic, PredictionModelKinds.Heuristic, PredictionModelKinds.KMeans }
                .Select(PredictionModelFactory.AlgorithmResourceKey))
            .Concat(Enum.GetValues<PriceTier>().Select(tier => PredictionModelFactory.TierResourceKey(tier.ToString().ToLowerInvariant())));

        Assert.That(keys.Where(key => !PersonalizationLocaleResources.English.ContainsKey(key)), Is.Empty);
    }

    [Test]
    public void Every_event_type_has_a_name_for_the_admin()
    {
        var missing = Enum.GetValues<TrackedEventType>().Select(EventModelFactory.EventTypeResourceKey)
            .Where(key => !PersonalizationLocaleResources.English.ContainsKey(key));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Every_choice_profile_field_and_text_of_the_rule_editor_has_an_English_text()
    {
        var keys = SegmentModelFactory.ChoiceValues().Select(SegmentModelFactory.ChoiceResourceKey)
            .Concat(ProfileFields.All.Select(SegmentModelFactory.ProfileFieldResourceKey))
            .Concat(SegmentModelFactory.EditorTextKeys.Values);

        Assert.That(keys.Where(key => !PersonalizationLocaleResources.English.ContainsKey(key)), Is.Empty);
    }

    [Test]
    public void Every_status_presentation_goal_page_rule_and_template_the_campaign_pages_name_has_a_text()
    {
        var keys = Enum.GetValues<CampaignStatus>().Select(CampaignModelFactory.StatusResourceKey)
            .Concat(Enum.GetValues<PresentationKind>().Select(CampaignModelFactory.PresentationResourceKey))
            .Concat(Enum.GetValues<GoalKind>().Select(CampaignModelFactory.GoalKindResourceKey))
            .Concat(Enum.GetValues<PageTargetKind>().Select(CampaignModelFactory.PageRuleKindResourceKey))
            .Concat(CampaignTemplateGallery.All(100m).Select(template => CampaignModelFactory.TemplateDescriptionResourceKey(template.Key)));

        Assert.That(keys.Where(key => !PersonalizationLocaleResources.English.ContainsKey(key)), Is.Empty);
    }
}
