using Nop.Core.Caching;

namespace Nop.Plugin.Misc.Personalization;

/// <summary>
/// Names the plugin shares with nopCommerce: system name, routes, tables, menu items.
/// </summary>
public static class PersonalizationDefaults
{
    /// <summary>Gets the plugin system name (also the plugin folder in the store).</summary>
    public static string SystemName => "Misc.Personalization";

    /// <summary>Gets the prefix of every locale resource of the plugin.</summary>
    public static string LocalePrefix => "Plugins.Misc.Personalization";

    /// <summary>Gets the name of the route to the configuration page.</summary>
    public static string ConfigurationRouteName => "Plugin.Misc.Personalization.Configure";

    /// <summary>Gets the name of the route the tracker script posts to.</summary>
    public static string TrackRouteName => "Plugin.Misc.Personalization.Track";

    /// <summary>Gets the path the tracker script posts to.</summary>
    public static string TrackPath => "/personalization/track";

    /// <summary>Gets the path of the storefront tracker script.</summary>
    public static string TrackerScriptPath => "/Plugins/Misc.Personalization/Content/tracker.js";

    /// <summary>Gets the path of the admin script of the contact import.</summary>
    public static string ContactImportScriptPath => "/Plugins/Misc.Personalization/Content/contact-import.js";

    /// <summary>Gets the path of the admin script of the segment rule editor.</summary>
    public static string SegmentEditorScriptPath => "/Plugins/Misc.Personalization/Content/segment-editor.js";

    /// <summary>Gets the path of the admin styles of the segment rule editor.</summary>
    public static string SegmentEditorStylePath => "/Plugins/Misc.Personalization/Content/segment-editor.css";

    /// <summary>Gets the type name nopCommerce uses to find the data retention task.</summary>
    public static string DataRetentionTaskType => typeof(Services.Customers.DataRetentionTask).FullName;

    /// <summary>Gets the name of the data retention task in System > Schedule tasks.</summary>
    public static string DataRetentionTaskName => "Personalization: data retention";

    /// <summary>Gets how often the data retention task runs (daily).</summary>
    public static int DataRetentionTaskSeconds => 24 * 60 * 60;

    /// <summary>Gets the type of the profile rebuild task.</summary>
    public static string ProfileRebuildTaskType => typeof(Services.Profiles.ProfileRebuildTask).FullName;

    /// <summary>Gets the name of the profile rebuild task in System > Schedule tasks.</summary>
    public static string ProfileRebuildTaskName => "Personalization: rebuild profiles";

    /// <summary>Gets the period of the profile rebuild task when a merchant enables it (weekly).</summary>
    public static int ProfileRebuildTaskSeconds => 7 * 24 * 60 * 60;

    /// <summary>Gets the system name of the plugin's admin menu node.</summary>
    public static string MenuSystemName => "Personalization";

    /// <summary>Gets the system name of the configuration item in the plugin's admin menu.</summary>
    public static string ConfigurationMenuSystemName => "Personalization.Configuration";

    /// <summary>Gets the system name of the events page in the plugin's admin menu.</summary>
    public static string EventsMenuSystemName => "Personalization.Events";

    /// <summary>Gets the system name of the contacts menu item.</summary>
    public static string ContactsMenuSystemName => "Personalization.Contacts";

    /// <summary>Gets the system name of the segments menu item.</summary>
    public static string SegmentsMenuSystemName => "Personalization.Segments";

    /// <summary>Gets the system name of the merchandising rules menu item.</summary>
    public static string MerchandisingMenuSystemName => "Personalization.Merchandising";

    /// <summary>Gets the path of the merchandising rule editor's script.</summary>
    public static string MerchandisingEditorScriptPath => "/Plugins/Misc.Personalization/Content/merchandising-rule-editor.js";

    /// <summary>Gets the prefix of the plugin's tables; core nopCommerce already owns generic names such as Campaign.</summary>
    public static string TablePrefix => "Personalization_";

    /// <summary>Gets the view folder inside the store's plugin folder.</summary>
    public static string ViewsPath => "~/Plugins/Misc.Personalization/Views/";

    /// <summary>Gets the name of the first-party cookie holding the anonymous visitor id.</summary>
    public static string VisitorCookieName => ".Nop.Personalization.Visitor";

    /// <summary>Gets the name of the cookie holding the browsing session id.</summary>
    public static string SessionCookieName => ".Nop.Personalization.Session";

    /// <summary>Gets how long the visitor cookie lives once the visitor consented to cookies.</summary>
    public static int VisitorCookieDays => 365;

    /// <summary>Gets how many idle minutes end a browsing session (the common web-analytics convention).</summary>
    public static int SessionIdleMinutes => 30;

    /// <summary>
    /// Gets the cache key of a category's median product price
    /// </summary>
    /// <remarks>
    /// {0} : category identifier
    /// </remarks>
    public static CacheKey CategoryMedianPriceCacheKey => new("Nop.plugin.misc.personalization.categorymedianprice.{0}");

    /// <summary>
    /// Gets the cache key of a stored recommendation list
    /// </summary>
    /// <remarks>
    /// {0} : training run
    /// {1} : strategy
    /// {2} : anchor identifier
    /// </remarks>
    public static CacheKey RecommendationListCacheKey => new("Nop.plugin.misc.personalization.recommendations.{0}-{1}-{2}");

    /// <summary>
    /// Gets the cache key of a customer's visitor state for real-time segments
    /// </summary>
    /// <remarks>
    /// {0} : customer identifier
    /// </remarks>
    public static CacheKey VisitorStateCacheKey => new("Nop.plugin.misc.personalization.visitorstate.{0}");

    /// <summary>
    /// Gets how many minutes a cached visitor state lives after its last write; every tracked event writes it again, so
    /// an active visitor keeps it, and one idle for a whole session (see <see cref="SessionIdleMinutes"/>) is reloaded
    /// </summary>
    public static int VisitorStateCacheMinutes => SessionIdleMinutes;

    /// <summary>
    /// Gets how long a cached visitor state is used before it is read from the stored rows again, so that imported traits,
    /// new predicted scores and role changes reach visitors who stay active (events keep a state cached indefinitely).
    /// </summary>
    public static TimeSpan VisitorStateMaxAge => TimeSpan.FromMinutes(10);

    /// <summary>Gets the key of <see cref="PersonalizationSettings.SegmentsVersion"/>, the setting written whenever a segment is added, edited or deleted.</summary>
    public static string SegmentsVersionSettingKey =>
        $"{nameof(PersonalizationSettings)}.{nameof(PersonalizationSettings.SegmentsVersion)}".ToLowerInvariant();

    /// <summary>Gets how many minutes a server keeps compiled segments at most: rules expand categories and manufacturers into products when compiled, so catalog changes are picked up on the next compile.</summary>
    public static int SegmentSetMaxAgeMinutes => 15;

    /// <summary>Gets the key of <see cref="PersonalizationSettings.CampaignsVersion"/>, the setting written whenever a campaign is added, edited or deleted.</summary>
    public static string CampaignsVersionSettingKey =>
        $"{nameof(PersonalizationSettings)}.{nameof(PersonalizationSettings.CampaignsVersion)}".ToLowerInvariant();

    /// <summary>Gets the key of <see cref="PersonalizationSettings.MerchandisingRulesVersion"/>, the setting written whenever a merchandising rule is added, edited or deleted.</summary>
    public static string MerchandisingRulesVersionSettingKey =>
        $"{nameof(PersonalizationSettings)}.{nameof(PersonalizationSettings.MerchandisingRulesVersion)}".ToLowerInvariant();

    /// <summary>Gets how many minutes a server keeps compiled merchandising rules and the catalog facts they read at most, so price and category changes reach the rules.</summary>
    public static int MerchandisingRuleSetMaxAgeMinutes => 15;

    /// <summary>
    /// Gets the cache key of a customer's campaign exposures (assignments and what was done with them)
    /// </summary>
    /// <remarks>
    /// {0} : customer identifier
    /// </remarks>
    public static CacheKey CampaignExposuresCacheKey => new("Nop.plugin.misc.personalization.campaignexposures.{0}");

    /// <summary>Gets the path the campaign script posts impressions, clicks and dismissals to.</summary>
    public static string CampaignInteractionPath => "/personalization/campaign";

    /// <summary>Gets the route name of the campaign interaction endpoint.</summary>
    public static string CampaignInteractionRouteName => "Plugin.Misc.Personalization.CampaignInteraction";

    /// <summary>Gets the path of the storefront campaign script.</summary>
    public static string CampaignScriptPath => "/Plugins/Misc.Personalization/Content/campaigns.js";

    /// <summary>Gets the path of the storefront campaign styles.</summary>
    public static string CampaignStylePath => "/Plugins/Misc.Personalization/Content/campaigns.css";

    /// <summary>Gets the largest campaign interaction body accepted, in bytes.</summary>
    public static int CampaignInteractionMaxBytes => 512;

    /// <summary>Gets the prefix of the page CSS class that names a segment the visitor is in (pz-segment-12).</summary>
    public static string SegmentCssClassPrefix => "pz-segment-";

    /// <summary>Gets the type of the recommendation training task.</summary>
    public static string RecommendationTrainingTaskType => typeof(Services.Recommendations.RecommendationTrainingTask).FullName;

    /// <summary>Gets the name of the recommendation training task in System > Schedule tasks.</summary>
    public static string RecommendationTrainingTaskName => "Personalization: train recommendations";

    /// <summary>Gets the period of the recommendation training task (daily).</summary>
    public static int RecommendationTrainingTaskSeconds => 24 * 60 * 60;

    /// <summary>
    /// Gets the cache key of the imported trait names the rule editor offers
    /// </summary>
    public static CacheKey SegmentTraitNamesCacheKey => new("Nop.plugin.misc.personalization.segments.traitnames");

    /// <summary>
    /// Gets the cache key of the row counts a rule's cost estimate works from
    /// </summary>
    public static CacheKey SegmentTableStatisticsCacheKey => new("Nop.plugin.misc.personalization.segments.tablestatistics");

    /// <summary>
    /// Gets the cache key of a category with its descendants, as segment rules on a category read them
    /// </summary>
    /// <remarks>
    /// {0} : category identifier
    /// </remarks>
    public static CacheKey SegmentCategoryDescendantsCacheKey => new("Nop.plugin.misc.personalization.segments.catalog.categorytree.{0}");

    /// <summary>
    /// Gets the cache key of the products mapped to a category, as segment rules on a category read them
    /// </summary>
    /// <remarks>
    /// {0} : category identifier
    /// </remarks>
    public static CacheKey SegmentCategoryProductsCacheKey => new("Nop.plugin.misc.personalization.segments.catalog.categoryproducts.{0}");

    /// <summary>
    /// Gets the cache key of the products of a manufacturer, as segment rules on a manufacturer read them
    /// </summary>
    /// <remarks>
    /// {0} : manufacturer identifier
    /// </remarks>
    public static CacheKey SegmentManufacturerProductsCacheKey => new("Nop.plugin.misc.personalization.segments.catalog.manufacturerproducts.{0}");

    /// <summary>Gets the prefix of the catalog facts segment rules are compiled with.</summary>
    public static string SegmentCatalogPrefix => "Nop.plugin.misc.personalization.segments.catalog.";

    /// <summary>Gets the type of the segment materialization task.</summary>
    public static string SegmentMaterializationTaskType => typeof(Services.Segments.SegmentMaterializationTask).FullName;

    /// <summary>Gets the name of the segment materialization task in System > Schedule tasks.</summary>
    public static string SegmentMaterializationTaskName => "Personalization: refresh segments";

    /// <summary>Gets the period of the segment materialization task (hourly).</summary>
    public static int SegmentMaterializationTaskSeconds => 60 * 60;

    /// <summary>
    /// Gets the key of the lock a node holds while it materializes a segment
    /// </summary>
    /// <remarks>
    /// {0} : segment identifier
    /// </remarks>
    public static string SegmentMaterializationLockKey => "Nop.plugin.misc.personalization.segments.materialize.{0}";

    /// <summary>Gets how long a materialization lock lasts at most: below the task's hour, so a node that died frees the segment for the next run.</summary>
    public static TimeSpan SegmentMaterializationLockTime => TimeSpan.FromMinutes(55);

    /// <summary>Gets the type of the prediction training task.</summary>
    public static string PredictionTrainingTaskType => typeof(Services.Predictions.PredictionTrainingTask).FullName;

    /// <summary>Gets the name of the prediction training task in System > Schedule tasks.</summary>
    public static string PredictionTrainingTaskName => "Personalization: train predictions";

    /// <summary>Gets the period of the prediction training task (daily).</summary>
    public static int PredictionTrainingTaskSeconds => 24 * 60 * 60;

    /// <summary>Gets the key of the lock a node holds while it trains the predictions.</summary>
    public static string PredictionTrainingLockKey => "Nop.plugin.misc.personalization.predictions.train";

    /// <summary>Gets how long the training lock lasts at most: a node that died frees the training for the next run.</summary>
    public static TimeSpan PredictionTrainingLockTime => TimeSpan.FromHours(3);

    /// <summary>Gets the key of the lock a node holds while it discovers segments.</summary>
    public static string SegmentDiscoveryLockKey => "Nop.plugin.misc.personalization.predictions.discover";

    /// <summary>Gets how long the discovery lock lasts at most.</summary>
    public static TimeSpan SegmentDiscoveryLockTime => TimeSpan.FromHours(1);

    /// <summary>Gets the system name of the predictions page in the plugin's admin menu.</summary>
    public static string PredictionsMenuSystemName => "Personalization.Predictions";

    /// <summary>Gets the system name of the referrals report in the plugin's admin menu.</summary>
    public static string ReferralsMenuSystemName => "Personalization.Referrals";

    /// <summary>Gets the system name of the campaigns page in the plugin's admin menu.</summary>
    public static string CampaignsMenuSystemName => "Personalization.Campaigns";

    /// <summary>
    /// Gets the storefront query parameter that shows a stored campaign's variant ("12-3": campaign 12, variant 3) to a
    /// customer with the plugin's permission, without deciding or recording anything
    /// </summary>
    public static string CampaignPreviewQueryParameter => "pz-campaign-preview";

    /// <summary>Gets the path of the campaign editor's script (live preview, adding and removing rows).</summary>
    public static string CampaignEditorScriptPath => "/Plugins/Misc.Personalization/Content/campaign-editor.js";

    /// <summary>Gets the path of the email flow editor's script (the fields of the chosen trigger, the rules switched on).</summary>
    public static string EmailEditorScriptPath => "/Plugins/Misc.Personalization/Content/email-editor.js";

    /// <summary>Gets the path of the campaign editor's styles.</summary>
    public static string CampaignEditorStylePath => "/Plugins/Misc.Personalization/Content/campaign-editor.css";

    /// <summary>Gets the system name of the triggered emails page in the plugin's admin menu.</summary>
    public static string EmailsMenuSystemName => "Personalization.Emails";

    /// <summary>
    /// Gets the cache key of a visit's landing (device and referral source), which the live visit score reads
    /// </summary>
    /// <remarks>
    /// {0} : session identifier
    /// </remarks>
    public static CacheKey VisitLandingCacheKey => new("Nop.plugin.misc.personalization.predictions.landing.{0}");

    /// <summary>
    /// Gets the cache key of every active recommendation slot, which the storefront and the widget zone list read
    /// </summary>
    public static CacheKey ActiveRecommendationSlotsCacheKey => new("Nop.plugin.misc.personalization.recommendationslots.active");

    /// <summary>Gets the system name of the recommendation slots item in the plugin's admin menu.</summary>
    public static string RecommendationSlotsMenuSystemName => "Personalization.RecommendationSlots";

    /// <summary>Gets the path of the storefront script of recommendation slots (carousels, the add-to-cart notification).</summary>
    public static string RecommendationScriptPath => "/Plugins/Misc.Personalization/Content/recommendations.js";

    /// <summary>Gets the path of the storefront styles of recommendation slots.</summary>
    public static string RecommendationStylePath => "/Plugins/Misc.Personalization/Content/recommendations.css";

    /// <summary>Gets the path the storefront script asks for the add-to-cart notification's slots.</summary>
    public static string AddToCartSlotsPath => "/personalization/recommendations/added";

    /// <summary>Gets the route name of the add-to-cart notification's slots.</summary>
    public static string AddToCartSlotsRouteName => "Plugin.Misc.Personalization.AddToCartSlots";

    /// <summary>Gets the prefix of the label of a click on a product in a slot (then the strategy).</summary>
    public static string SlotClickLabelPrefix => "recommendation-";

    /// <summary>Gets the prefix of the label of an add-to-cart from a slot (then the strategy).</summary>
    public static string SlotAddToCartLabelPrefix => "recommendation-cart-";

    /// <summary>Gets the type of the triggered email task.</summary>
    public static string EmailSchedulerTaskType => typeof(Services.Emails.EmailSchedulerTask).FullName;

    /// <summary>Gets the name of the triggered email task in System > Schedule tasks.</summary>
    public static string EmailSchedulerTaskName => "Personalization: send triggered emails";

    /// <summary>Gets the period of the triggered email task (every five minutes).</summary>
    public static int EmailSchedulerTaskSeconds => 5 * 60;

    /// <summary>Gets how long a server's claim on the email task and on a due run lasts: longer than a batch takes, shorter than the task's period, so what a server that died left is taken over next time.</summary>
    public static TimeSpan EmailLeaseTime => TimeSpan.FromMinutes(4);

    /// <summary>Gets the name of the work lease the email task holds while it runs: one server of a web farm sends at a time.</summary>
    public static string EmailWorkLeaseName => "emails";

    /// <summary>Gets how many customers one scheduler run enrolls per flow and how many due runs it works on, at most.</summary>
    public static int EmailBatchSize => 500;

    /// <summary>Gets how many pages of candidates one scheduler run reads per flow at most (the rest wait for the next run).</summary>
    public static int EmailCandidatePages => 20;

    /// <summary>Gets how long a click, open or unsubscribe link in an email stays valid.</summary>
    public static TimeSpan EmailLinkLifetime => TimeSpan.FromDays(180);

    /// <summary>Gets the path of the click redirect in emails.</summary>
    public static string EmailClickPath => "/personalization/email/click";

    /// <summary>Gets the route name of the click redirect in emails.</summary>
    public static string EmailClickRouteName => "Plugin.Misc.Personalization.EmailClick";

    /// <summary>Gets the path of the open pixel in emails.</summary>
    public static string EmailOpenPath => "/personalization/email/open";

    /// <summary>Gets the route name of the open pixel in emails.</summary>
    public static string EmailOpenRouteName => "Plugin.Misc.Personalization.EmailOpen";

    /// <summary>Gets the path of the one-click unsubscribe page in emails.</summary>
    public static string EmailUnsubscribePath => "/personalization/email/unsubscribe";

    /// <summary>Gets the route name of the one-click unsubscribe page in emails.</summary>
    public static string EmailUnsubscribeRouteName => "Plugin.Misc.Personalization.EmailUnsubscribe";

    /// <summary>Gets the prefix of the message templates the plugin installs (and removes on uninstall).</summary>
    public static string EmailTemplatePrefix => "Personalization.";
}
