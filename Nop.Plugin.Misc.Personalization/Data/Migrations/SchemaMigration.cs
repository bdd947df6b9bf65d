using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;
using Personalization.Engine.Tracking;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the event, profile, identity-merge, session, imported-contact and recommendation-list tables with the indexes
/// segments, retention and serving need.
/// Written with the plain FluentMigrator API (not nopCommerce's TableFor) so the same migration runs in the
/// store and in the plugin's own database tests; column names equal the entity property names, which is
/// how nopCommerce maps entities. Auto-reversing: uninstall drops everything this creates.
/// </summary>
[NopMigration("2026/11/24 12:00:00:0000000", "Misc.Personalization base schema", MigrationProcessType.NoMatter)]
public class SchemaMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var events = PersonalizationTables.TrackedEvent;
        Create.Table(events)
            .WithColumn(nameof(TrackedEvent.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(TrackedEvent.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(TrackedEvent.VisitorId)).AsGuid().NotNullable()
            .WithColumn(nameof(TrackedEvent.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(TrackedEvent.EventTypeId)).AsInt32().NotNullable()
            .WithColumn(nameof(TrackedEvent.EntityId)).AsInt32().NotNullable()
            .WithColumn(nameof(TrackedEvent.Value)).AsDecimal(18, 4).NotNullable()
            .WithColumn(nameof(TrackedEvent.Label)).AsString(TrackedEventLimits.LabelMaxLength).Nullable()
            .WithColumn(nameof(TrackedEvent.SessionId)).AsGuid().NotNullable()
            .WithColumn(nameof(TrackedEvent.CreatedOnUtc)).AsDateTime2().NotNullable();

        //a customer's timeline: profile rebuilds, identity merges, "did X in the last N days" for one visitor
        Create.Index("IX_PzTrackedEvent_Customer_Time").OnTable(events)
            .OnColumn(nameof(TrackedEvent.CustomerId)).Ascending()
            .OnColumn(nameof(TrackedEvent.CreatedOnUtc)).Ascending();
        //batch segment conditions: "viewed product X / category Y within N days" across all customers
        Create.Index("IX_PzTrackedEvent_Type_Entity_Time").OnTable(events)
            .OnColumn(nameof(TrackedEvent.EventTypeId)).Ascending()
            .OnColumn(nameof(TrackedEvent.EntityId)).Ascending()
            .OnColumn(nameof(TrackedEvent.CreatedOnUtc)).Ascending();
        //joining a guest's anonymous visits when the visitor id comes back
        Create.Index("IX_PzTrackedEvent_Visitor").OnTable(events)
            .OnColumn(nameof(TrackedEvent.VisitorId)).Ascending();
        //retention: roll up and delete events older than the retention window
        Create.Index("IX_PzTrackedEvent_Time").OnTable(events)
            .OnColumn(nameof(TrackedEvent.CreatedOnUtc)).Ascending();

        var profiles = PersonalizationTables.CustomerProfile;
        Create.Table(profiles)
            .WithColumn(nameof(CustomerProfile.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(CustomerProfile.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.VisitorId)).AsGuid().NotNullable()
            .WithColumn(nameof(CustomerProfile.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.FirstSeenOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(CustomerProfile.LastSeenOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(CustomerProfile.VisitCount)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.PageViewCount)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.ProductViewCount)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.CategoryViewCount)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.CartAddCount)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.CartValue)).AsDecimal(18, 4).NotNullable()
            .WithColumn(nameof(CustomerProfile.OrderCount)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.LifetimeValue)).AsDecimal(18, 4).NotNullable()
            .WithColumn(nameof(CustomerProfile.AverageOrderValue)).AsDecimal(18, 4).NotNullable()
            .WithColumn(nameof(CustomerProfile.LastOrderOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(CustomerProfile.FirstTouchSource)).AsString(TrackedEventLimits.SourceMaxLength).Nullable()
            .WithColumn(nameof(CustomerProfile.LastTouchSource)).AsString(TrackedEventLimits.SourceMaxLength).Nullable()
            .WithColumn(nameof(CustomerProfile.Device)).AsString(20).Nullable()
            .WithColumn(nameof(CustomerProfile.Country)).AsString(2).Nullable()
            .WithColumn(nameof(CustomerProfile.PriceTierId)).AsInt32().NotNullable()
            .WithColumn(nameof(CustomerProfile.DiscountShare)).AsDecimal(9, 4).NotNullable()
            .WithColumn(nameof(CustomerProfile.TraitsJson)).AsString(int.MaxValue).Nullable()
            .WithColumn(nameof(CustomerProfile.StateJson)).AsString(int.MaxValue).Nullable()
            .WithColumn(nameof(CustomerProfile.RolledUpStateJson)).AsString(int.MaxValue).Nullable()
            .WithColumn(nameof(CustomerProfile.UpdatedOnUtc)).AsDateTime2().NotNullable();

        //one profile per customer, found by customer on every tracked request
        Create.Index("UX_PzCustomerProfile_Customer").OnTable(profiles)
            .OnColumn(nameof(CustomerProfile.CustomerId)).Ascending()
            .WithOptions().Unique();
        Create.Index("IX_PzCustomerProfile_Visitor").OnTable(profiles)
            .OnColumn(nameof(CustomerProfile.VisitorId)).Ascending();
        //recency conditions and win-back selections
        Create.Index("IX_PzCustomerProfile_LastSeen").OnTable(profiles)
            .OnColumn(nameof(CustomerProfile.LastSeenOnUtc)).Ascending();

        var merges = PersonalizationTables.IdentityMerge;
        Create.Table(merges)
            .WithColumn(nameof(IdentityMerge.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(IdentityMerge.GuestCustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(IdentityMerge.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(IdentityMerge.MergedOnUtc)).AsDateTime2().NotNullable();

        //a guest merges once: a second login of the same guest finds its row
        Create.Index("UX_PzIdentityMerge_Guest").OnTable(merges)
            .OnColumn(nameof(IdentityMerge.GuestCustomerId)).Ascending()
            .WithOptions().Unique();
        Create.Index("IX_PzIdentityMerge_Customer").OnTable(merges)
            .OnColumn(nameof(IdentityMerge.CustomerId)).Ascending();

        var sessions = PersonalizationTables.VisitSession;
        Create.Table(sessions)
            .WithColumn(nameof(VisitSession.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(VisitSession.SessionId)).AsGuid().NotNullable()
            .WithColumn(nameof(VisitSession.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(VisitSession.VisitorId)).AsGuid().NotNullable()
            .WithColumn(nameof(VisitSession.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(VisitSession.StartedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(VisitSession.Device)).AsString(20).Nullable()
            .WithColumn(nameof(VisitSession.Country)).AsString(2).Nullable()
            .WithColumn(nameof(VisitSession.Source)).AsString(TrackedEventLimits.SourceMaxLength).Nullable()
            .WithColumn(nameof(VisitSession.Medium)).AsString(TrackedEventLimits.SourceMaxLength).Nullable()
            .WithColumn(nameof(VisitSession.Campaign)).AsString(TrackedEventLimits.SourceMaxLength).Nullable()
            .WithColumn(nameof(VisitSession.ReferralContactId)).AsInt64().Nullable();

        //the profile looks sessions up by id; the first landing of a session is its referral
        Create.Index("UX_PzVisitSession_Session").OnTable(sessions)
            .OnColumn(nameof(VisitSession.SessionId)).Ascending()
            .WithOptions().Unique();
        Create.Index("IX_PzVisitSession_Customer").OnTable(sessions)
            .OnColumn(nameof(VisitSession.CustomerId)).Ascending();

        var contacts = PersonalizationTables.ImportedContact;
        Create.Table(contacts)
            .WithColumn(nameof(ImportedContact.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(ImportedContact.Email)).AsString(254).Nullable()
            .WithColumn(nameof(ImportedContact.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(ImportedContact.TraitsJson)).AsString(int.MaxValue).Nullable()
            .WithColumn(nameof(ImportedContact.LifetimeValue)).AsDecimal(18, 4).Nullable()
            .WithColumn(nameof(ImportedContact.UpdatedOnUtc)).AsDateTime2().NotNullable();

        //a re-import finds the contact by address and updates it instead of adding a second one
        Create.Index("IX_PzImportedContact_Email").OnTable(contacts)
            .OnColumn(nameof(ImportedContact.Email)).Ascending();
        Create.Index("IX_PzImportedContact_Customer").OnTable(contacts)
            .OnColumn(nameof(ImportedContact.CustomerId)).Ascending();

        var lists = PersonalizationTables.RecommendationList;
        Create.Table(lists)
            .WithColumn(nameof(RecommendationList.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(RecommendationList.Strategy)).AsString(32).NotNullable()
            .WithColumn(nameof(RecommendationList.AnchorId)).AsInt32().NotNullable()
            .WithColumn(nameof(RecommendationList.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(RecommendationList.Version)).AsInt32().NotNullable()
            .WithColumn(nameof(RecommendationList.ItemsJson)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(RecommendationList.CreatedOnUtc)).AsDateTime2().NotNullable();

        //serving reads one list by run, strategy and anchor; a run writes each list once
        Create.Index("IX_PzRecommendationList_Lookup").OnTable(lists)
            .OnColumn(nameof(RecommendationList.Version)).Ascending()
            .OnColumn(nameof(RecommendationList.Strategy)).Ascending()
            .OnColumn(nameof(RecommendationList.AnchorId)).Ascending()
            .WithOptions().Unique();
        Create.Index("IX_PzRecommendationList_Customer").OnTable(lists)
            .OnColumn(nameof(RecommendationList.CustomerId)).Ascending();
    }
}
