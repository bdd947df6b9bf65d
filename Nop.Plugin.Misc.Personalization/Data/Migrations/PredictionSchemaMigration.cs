using FluentMigrator;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.Personalization.Domain;

namespace Nop.Plugin.Misc.Personalization.Data.Migrations;

/// <summary>
/// Creates the table of trained prediction model versions, and the index the visit models' training reads the latest
/// visits by. Plain FluentMigrator API, auto-reversing like the base schema.
/// </summary>
[NopMigration("2026/12/03 09:30:00:0000000", "Misc.Personalization prediction models", MigrationProcessType.NoMatter)]
public class PredictionSchemaMigration : AutoReversingMigration
{
    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        var models = PredictionTables.PredictionModel;
        Create.Table(models)
            .WithColumn(nameof(PredictionModel.Id)).AsInt32().NotNullable().PrimaryKey().Identity()
            .WithColumn(nameof(PredictionModel.Kind)).AsString(PredictionTables.KindMaxLength).NotNullable()
            .WithColumn(nameof(PredictionModel.Version)).AsInt32().NotNullable()
            .WithColumn(nameof(PredictionModel.Algorithm)).AsString(PredictionTables.AlgorithmMaxLength).NotNullable()
            .WithColumn(nameof(PredictionModel.TrainedOnUtc)).AsDateTime2().NotNullable()
            .WithColumn(nameof(PredictionModel.TrainingRows)).AsInt32().NotNullable()
            .WithColumn(nameof(PredictionModel.QualityJson)).AsString(int.MaxValue).Nullable()
            //varbinary(max), bytea, BLOB / LONGBLOB: a FastTree model is a few hundred kilobytes
            .WithColumn(nameof(PredictionModel.ModelBytes)).AsBinary(int.MaxValue).Nullable()
            .WithColumn(nameof(PredictionModel.IsCurrent)).AsBoolean().NotNullable();

        //a kind's versions are numbered once; the cache and the admin page read a kind's versions newest first
        Create.Index("UX_PzPredictionModel_Kind_Version").OnTable(models)
            .OnColumn(nameof(PredictionModel.Kind)).Ascending()
            .OnColumn(nameof(PredictionModel.Version)).Ascending()
            .WithOptions().Unique();

        //the visit outcome models learn from the latest finished visits: newest first, over millions of sessions
        Create.Index("IX_PzVisitSession_Started").OnTable(PersonalizationTables.VisitSession)
            .OnColumn(nameof(VisitSession.StartedOnUtc)).Descending();
    }
}
