using FluentMigrator.Builders.Alter;
using FluentMigrator.Builders.Create;
using FluentMigrator.Builders.Delete;
using FluentMigrator.Builders.Execute;
using FluentMigrator.Builders.IfDatabase;
using FluentMigrator.Builders.Insert;
using FluentMigrator.Builders.Schema;

namespace FluentMigrator
{
    public abstract class MigrationBase : IMigration
    {
        protected MigrationBase()
        {
        }

        public IAlterExpressionRoot Alter => throw null;

        public ICreateExpressionRoot Create => throw null;

        public IInsertExpressionRoot Insert => throw null;

        public ISchemaExpressionRoot Schema => throw null;

        public abstract void Up();

        public abstract void Down();

        public IIfDatabaseExpressionRoot IfDatabase(params string[] databaseType) => throw null;
    }

    public abstract class Migration : MigrationBase
    {
        protected Migration()
        {
        }

        public IDeleteExpressionRoot Delete => throw null;

        public IExecuteExpressionRoot Execute => throw null;
    }

    public abstract class AutoReversingMigration : MigrationBase
    {
        protected AutoReversingMigration()
        {
        }

        public sealed override void Down() => throw null;
    }

    public static class ProcessorId
    {
        public const string Postgres = "Postgres";

        public const string PostgreSQL = "PostgreSQL";
    }
}
