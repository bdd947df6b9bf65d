using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the triggered email flows, the customers' runs through them and the emails sent. Plain FluentMigrator API,
/// auto-reversing like the base schema.
/// </summary>
[NopMigration("2026/12/04 12:00:00:0000000", "Misc.Personalization triggered emails", MigrationProcessType.NoMatter)]
public class EmailStorageMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        Create.Table(EmailTables.EmailFlow)
            .WithColumn(nameof(EmailFlow.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(EmailFlow.Name)).AsString(EmailTables.NameMaxLength).NotNullable()
            .WithColumn(nameof(EmailFlow.Active)).AsBoolean().NotNullable()
            .WithColumn(nameof(EmailFlow.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailFlow.FlowJson)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(EmailFlow.CreatedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(EmailFlow.UpdatedOnUtc)).AsDateTime2().NotNullable();

        var enrollments = EmailTables.EmailEnrollment;
        Create.Table(enrollments)
            .WithColumn(nameof(EmailEnrollment.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(EmailEnrollment.FlowId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailEnrollment.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailEnrollment.Email)).AsString(EmailTables.EmailMaxLength).NotNullable()
            .WithColumn(nameof(EmailEnrollment.TriggeredOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(EmailEnrollment.EnrolledOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(EmailEnrollment.NextStepIndex)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailEnrollment.NextDueOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(EmailEnrollment.StatusId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailEnrollment.StopReasonId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailEnrollment.VariantId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailEnrollment.HeldOut)).AsBoolean().NotNullable()
            .WithColumn(nameof(EmailEnrollment.EndedOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(EmailEnrollment.LeaseOwner)).AsString(EmailTables.LeaseOwnerMaxLength).Nullable()
            .WithColumn(nameof(EmailEnrollment.LeaseUntilUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(EmailEnrollment.ConvertedOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(EmailEnrollment.Revenue)).AsDecimal(18, 4).NotNullable();

        //one run per triggering act: two servers enrolling the same abandoned cart insert it once
        Create.Index("UX_PzEmailEnrollment_Flow_Customer_Trigger").OnTable(enrollments)
            .OnColumn(nameof(EmailEnrollment.FlowId)).Ascending()
            .OnColumn(nameof(EmailEnrollment.CustomerId)).Ascending()
            .OnColumn(nameof(EmailEnrollment.TriggeredOnUtc)).Ascending()
            .WithOptions().Unique();
        //the scheduler reads the active runs that are due
        Create.Index("IX_PzEmailEnrollment_Status_Due").OnTable(enrollments)
            .OnColumn(nameof(EmailEnrollment.StatusId)).Ascending()
            .OnColumn(nameof(EmailEnrollment.NextDueOnUtc)).Ascending();
        Create.Index("IX_PzEmailEnrollment_Customer").OnTable(enrollments)
            .OnColumn(nameof(EmailEnrollment.CustomerId)).Ascending();

        var sends = EmailTables.EmailSend;
        Create.Table(sends)
            .WithColumn(nameof(EmailSend.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(EmailSend.EnrollmentId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailSend.FlowId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailSend.StoreId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailSend.StepIndex)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailSend.CustomerId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailSend.Email)).AsString(EmailTables.EmailMaxLength).NotNullable()
            .WithColumn(nameof(EmailSend.TemplateSystemName)).AsString(EmailTables.TemplateMaxLength).NotNullable()
            .WithColumn(nameof(EmailSend.QueuedEmailId)).AsInt32().Nullable()
            .WithColumn(nameof(EmailSend.SentOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(EmailSend.VariantId)).AsInt32().NotNullable()
            .WithColumn(nameof(EmailSend.CouponCode)).AsString(EmailTables.CouponCodeMaxLength).Nullable()
            .WithColumn(nameof(EmailSend.ClickedOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(EmailSend.ConvertedOnUtc)).AsDateTime2().Nullable()
            .WithColumn(nameof(EmailSend.Revenue)).AsDecimal(18, 4).NotNullable()
            .WithColumn(nameof(EmailSend.Why)).AsString(EmailTables.WhyMaxLength).NotNullable();

        //nothing is ever sent twice: the second server's insert of the same email fails here and it moves on
        Create.Index("UX_PzEmailSend_Enrollment_Step").OnTable(sends)
            .OnColumn(nameof(EmailSend.EnrollmentId)).Ascending()
            .OnColumn(nameof(EmailSend.StepIndex)).Ascending()
            .WithOptions().Unique();
        //the frequency cap counts a customer's recent emails; so are a customer's rows deleted
        Create.Index("IX_PzEmailSend_Customer_Sent").OnTable(sends)
            .OnColumn(nameof(EmailSend.CustomerId)).Ascending()
            .OnColumn(nameof(EmailSend.SentOnUtc)).Ascending();
        //the flow list sums each flow's sends
        Create.Index("IX_PzEmailSend_Flow").OnTable(sends)
            .OnColumn(nameof(EmailSend.FlowId)).Ascending();
    }
}
