using FluentMigrator.Builders.Create;

namespace FluentMigrator
{
    public abstract class MigrationBase : IMigration
    {
        protected MigrationBase()
        {
        }

        public ICreateExpressionRoot Create => throw null;

        public abstract void Up();

        public abstract void Down();
    }

    public abstract class AutoReversingMigration : MigrationBase
    {
        protected AutoReversingMigration()
        {
        }

        public sealed override void Down() => throw null;
    }
}
