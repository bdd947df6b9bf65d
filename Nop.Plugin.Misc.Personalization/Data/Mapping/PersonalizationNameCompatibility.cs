using Nop.Data.Mapping;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Mapping;

/// <summary>
/// Maps the plugin's entities to prefixed table names.
/// </summary>
public class PersonalizationNameCompatibility : INameCompatibility
{
    /// <summary>Gets the table name of each entity.</summary>
    public Dictionary<Type, string> TableNames => new()
    {
        [typeof(TrackedEvent)] = PersonalizationTables.TrackedEvent,
        [typeof(CustomerProfile)] = PersonalizationTables.CustomerProfile,
        [typeof(IdentityMerge)] = PersonalizationTables.IdentityMerge,
        [typeof(VisitSession)] = PersonalizationTables.VisitSession,
        [typeof(ImportedContact)] = PersonalizationTables.ImportedContact,
        [typeof(RecommendationList)] = PersonalizationTables.RecommendationList,
        [typeof(CustomerProfileAttribute)] = SegmentTables.CustomerProfileAttribute,
        [typeof(Segment)] = SegmentTables.Segment,
        [typeof(SegmentMember)] = SegmentTables.SegmentMember,
        [typeof(SegmentSizeSnapshot)] = SegmentTables.SegmentSizeSnapshot,
        [typeof(PredictionModel)] = PredictionTables.PredictionModel,
        [typeof(Campaign)] = CampaignTables.Campaign,
        [typeof(CampaignExposure)] = CampaignTables.CampaignExposure,
        [typeof(IssuedCoupon)] = CampaignTables.IssuedCoupon,
        [typeof(MerchandisingRule)] = MerchandisingTables.MerchandisingRule,
        [typeof(RecommendationSlot)] = RecommendationSlotTables.RecommendationSlot,
        [typeof(EmailFlow)] = EmailTables.EmailFlow,
        [typeof(EmailEnrollment)] = EmailTables.EmailEnrollment,
        [typeof(EmailSend)] = EmailTables.EmailSend,
        [typeof(WorkLease)] = WorkLeaseTables.WorkLease
    };

    /// <summary>Gets column renames; none, columns carry the property names.</summary>
    public Dictionary<(Type, string), string> ColumnName => new();
}
