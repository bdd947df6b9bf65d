using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nop.Core.Infrastructure;
using Nop.Plugin.Misc.Personalization.Factories;
using Nop.Plugin.Misc.Personalization.Services;
using Nop.Plugin.Misc.Personalization.Services.Campaigns;
using Nop.Plugin.Misc.Personalization.Services.Emails;
using Nop.Plugin.Misc.Personalization.Services.Leases;
using Nop.Plugin.Misc.Personalization.Services.Merchandising;
using Nop.Plugin.Misc.Personalization.Services.Customers;
using Nop.Plugin.Misc.Personalization.Services.Contacts;
using Nop.Plugin.Misc.Personalization.Services.Coupons;
using Nop.Plugin.Misc.Personalization.Services.Predictions;
using Nop.Plugin.Misc.Personalization.Services.Profiles;
using Nop.Plugin.Misc.Personalization.Services.Recommendations;
using Nop.Plugin.Misc.Personalization.Services.Referrals;
using Nop.Plugin.Misc.Personalization.Services.Segments;
using Nop.Plugin.Misc.Personalization.Services.Tracking;
using Personalization.Engine.Tracking;
using Personalization.Engine.Tracking.Ingestion;

namespace Nop.Plugin.Misc.Personalization.Infrastructure;

/// <summary>
/// Registers the plugin's services
/// </summary>
public class NopStartup : INopStartup
{
    /// <summary>Events one node keeps in memory while the database is slow or down; older ones are dropped past it.</summary>
    public const int EventQueueCapacity = 100_000;

    /// <summary>
    /// Add and configure any of the middleware
    /// </summary>
    /// <param name="services">Collection of service descriptors</param>
    /// <param name="configuration">Configuration of the application</param>
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);

        //write path: request threads only enqueue; one flusher per node writes batches
        services.AddSingleton(new EventQueue(EventQueueCapacity));
        services.AddSingleton<IEventSink, TrackedEventSink>();
        services.AddSingleton(provider => new EventFlusher(provider.GetRequiredService<EventQueue>(),
            provider.GetRequiredService<IEventSink>(), new EventFlusherOptions(), provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<EventFlusherHostedService>();
        services.AddSingleton(new TrackingRateLimiter());
        services.AddSingleton<IngestionCounters>();
        //real-time segments: one compiled generation and one set of update locks per server
        services.AddSingleton<RealTimeSegmentSets>();
        services.AddSingleton<VisitorStateLocks>();
        services.AddSingleton<CampaignSets>();
        services.AddSingleton<CompiledGenerations<MerchandisingRuleGeneration>>();

        services.AddScoped<IVisitorContext, VisitorContext>();
        services.AddScoped<ITrackingService, TrackingService>();
        services.AddScoped<ITrackingIngestionService, TrackingIngestionService>();
        services.AddScoped<ITrackedEventService, TrackedEventService>();
        services.AddScoped<ICustomerDataService, CustomerDataService>();
        services.AddScoped<IDataRetentionService, DataRetentionService>();
        services.AddScoped<ISegmentMembershipService, SegmentMembershipService>();
        services.AddScoped<IProfileAttributeService, ProfileAttributeService>();
        services.AddScoped<IVisitorStateService, VisitorStateService>();
        services.AddScoped<IVisitorStateCacheService, VisitorStateCacheService>();
        services.AddScoped<IVisitorStateUpdateService, VisitorStateUpdateService>();
        services.AddScoped<IRealTimeSegmentService, RealTimeSegmentService>();
        services.AddScoped<IVisitorSegmentService, VisitorSegmentService>();
        services.AddScoped<ISegmentCompileContextFactory, SegmentCompileContextFactory>();
        services.AddScoped<ISegmentService, SegmentService>();
        services.AddScoped<ISegmentRoleSyncService, SegmentRoleSyncService>();
        services.AddScoped<ISegmentMaterializationService, SegmentMaterializationService>();
        services.AddScoped<IIdentityMergeService, IdentityMergeService>();
        services.AddScoped<ICategoryPriceService, CategoryPriceService>();
        services.AddScoped<IProfileUpdateService, ProfileUpdateService>();
        services.AddScoped<IReferralService, ReferralService>();
        services.AddScoped<IReferralLinkService, ReferralLinkService>();
        services.AddScoped<IReferralReportService, ReferralReportService>();
        services.AddScoped<IReferralReportModelFactory, ReferralReportModelFactory>();
        services.AddScoped<IContactService, ContactService>();
        services.AddScoped<ICatalogContentService, CatalogContentService>();
        services.AddScoped<IRecommendationTrainingService, RecommendationTrainingService>();
        services.AddScoped<IRecommendationService, RecommendationService>();
        services.AddScoped<IMerchandisingRuleService, MerchandisingRuleService>();
        services.AddScoped<IMerchandisingRuleSetService, MerchandisingRuleSetService>();
        services.AddScoped<IMerchandisingService, MerchandisingService>();
        services.AddScoped<IFreeShippingNudgeService, FreeShippingNudgeService>();
        services.AddScoped<IRecommendationSlotService, RecommendationSlotService>();
        services.AddScoped<IRecommendationAttributionService, RecommendationAttributionService>();
        services.AddScoped<IRecommendationSlotModelFactory, RecommendationSlotModelFactory>();
        services.AddScoped<IAddedToCartSlotsService, AddedToCartSlotsService>();
        services.AddScoped<IEventModelFactory, EventModelFactory>();
        services.AddScoped<IContactModelFactory, ContactModelFactory>();
        services.AddScoped<ICustomerSummaryService, CustomerSummaryService>();
        services.AddScoped<ISegmentPickerService, SegmentPickerService>();
        services.AddScoped<ISegmentExportService, SegmentExportService>();
        services.AddScoped<ISegmentModelFactory, SegmentModelFactory>();
        services.AddScoped<ICampaignModelFactory, CampaignModelFactory>();
        services.AddScoped<IMerchandisingRuleModelFactory, MerchandisingRuleModelFactory>();

        //predictions: models loaded once per server, trained by the daily task
        services.AddSingleton<PredictionModelSets>();
        services.AddScoped<IPredictionHistoryService, PredictionHistoryService>();
        services.AddScoped<IPredictionModelService, PredictionModelService>();
        services.AddScoped<IPredictionModelCache, PredictionModelCache>();
        services.AddScoped<IPredictionTrainingService, PredictionTrainingService>();
        services.AddScoped<IVisitPredictionService, VisitPredictionService>();
        services.AddScoped<ISegmentDiscoveryService, SegmentDiscoveryService>();
        services.AddScoped<IPredictionModelFactory, PredictionModelFactory>();
        services.AddScoped<ICampaignService, CampaignService>();
        services.AddScoped<ICampaignSetService, CampaignSetService>();
        services.AddScoped<ICampaignExposureService, CampaignExposureService>();
        services.AddScoped<ICampaignDecisionService, CampaignDecisionService>();
        services.AddScoped<ICampaignInteractionService, CampaignInteractionService>();
        services.AddScoped<ICouponService, CouponService>();
        services.AddScoped<ICampaignResultService, CampaignResultService>();
        services.AddScoped<ICampaignPreviewService, CampaignPreviewService>();
        services.AddScoped<IWorkLeaseService, WorkLeaseService>();
        services.AddScoped<IEmailFlowService, EmailFlowService>();
        services.AddScoped<IEmailAudienceService, EmailAudienceService>();
        services.AddScoped<IEmailLinkService, EmailLinkService>();
        services.AddScoped<IEmailTokenService, EmailTokenService>();
        services.AddScoped<IEmailMessageService, EmailMessageService>();
        services.AddScoped<IEmailSchedulerService, EmailSchedulerService>();
        services.AddScoped<IEmailEngagementService, EmailEngagementService>();
        services.AddScoped<IEmailFlowModelFactory, EmailFlowModelFactory>();
    }

    /// <summary>
    /// Configure the using of added middleware
    /// </summary>
    /// <param name="application">Builder for configuring an application's request pipeline</param>
    public void Configure(IApplicationBuilder application)
    {
    }

    /// <summary>
    /// Gets order of this startup configuration implementation; after nopCommerce's own registrations
    /// </summary>
    public int Order => 3000;
}
