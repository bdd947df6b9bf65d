using System;

namespace FluentMigrator.Infrastructure
{
    public interface IFluentSyntax
    {
    }
}

namespace FluentMigrator
{
    public interface IMigration
    {
    }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public class MigrationAttribute : Attribute
    {
        public MigrationAttribute(long version, string description)
        {
            Version = version;
            Description = description;
        }

        public long Version { get; }

        public string Description { get; }
    }
}

namespace FluentMigrator.Builders
{
    using FluentMigrator.Infrastructure;

    public interface IColumnTypeSyntax<TNext> : IFluentSyntax
        where TNext : IFluentSyntax
    {
        TNext AsBinary(int size);
        TNext AsBoolean();
        TNext AsDateTime2();
        TNext AsDecimal(int size, int precision);
        TNext AsDouble();
        TNext AsGuid();
        TNext AsInt32();
        TNext AsInt64();
        TNext AsString(int size);
    }

    public interface IColumnOptionSyntax<TNext, TNextFk> : IFluentSyntax
        where TNext : IFluentSyntax
        where TNextFk : IFluentSyntax
    {
        TNext Identity();
        TNext NotNullable();
        TNext Nullable();
        TNext PrimaryKey();
    }

    public interface IForeignKeyCascadeSyntax<TNext, TNextFk> : IFluentSyntax
        where TNext : IFluentSyntax
        where TNextFk : IFluentSyntax
    {
    }

    public interface IInSchemaSyntax : IFluentSyntax
    {
        void InSchema(string schemaName);
    }
}

namespace FluentMigrator.Builders.Alter
{
    using FluentMigrator.Builders.Alter.Table;
    using FluentMigrator.Infrastructure;

    public interface IAlterExpressionRoot : IFluentSyntax
    {
        IAlterTableAddColumnOrAlterColumnOrSchemaOrDescriptionSyntax Table(string tableName);
    }
}

namespace FluentMigrator.Builders.Alter.Table
{
    using FluentMigrator.Infrastructure;

    public interface IAlterTableAddColumnOrAlterColumnSyntax : IFluentSyntax
    {
        IAlterTableColumnAsTypeSyntax AddColumn(string name);
    }

    public interface IAlterTableAddColumnOrAlterColumnOrSchemaSyntax : IAlterTableAddColumnOrAlterColumnSyntax
    {
    }

    public interface IAlterTableAddColumnOrAlterColumnOrSchemaOrDescriptionSyntax : IAlterTableAddColumnOrAlterColumnOrSchemaSyntax
    {
    }

    public interface IAlterTableColumnAsTypeSyntax : IColumnTypeSyntax<IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax>
    {
    }

    public interface IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax :
        IColumnOptionSyntax<IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax, IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax>,
        IAlterTableAddColumnOrAlterColumnSyntax
    {
    }

    public interface IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax :
        IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax,
        IForeignKeyCascadeSyntax<IAlterTableColumnOptionOrAddColumnOrAlterColumnSyntax, IAlterTableColumnOptionOrAddColumnOrAlterColumnOrForeignKeyCascadeSyntax>
    {
    }
}

namespace FluentMigrator.Builders.Create
{
    using FluentMigrator.Builders.Create.Index;
    using FluentMigrator.Builders.Create.Table;
    using FluentMigrator.Infrastructure;

    public interface ICreateExpressionRoot : IFluentSyntax
    {
        ICreateTableWithColumnOrSchemaOrDescriptionSyntax Table(string tableName);

        ICreateIndexForTableSyntax Index(string indexName);
    }
}

namespace FluentMigrator.Builders.Create.Table
{
    using FluentMigrator.Infrastructure;

    public interface ICreateTableWithColumnSyntax : IFluentSyntax
    {
        ICreateTableColumnAsTypeSyntax WithColumn(string name);
    }

    public interface ICreateTableWithColumnOrSchemaSyntax : ICreateTableWithColumnSyntax
    {
    }

    public interface ICreateTableWithColumnOrSchemaOrDescriptionSyntax : ICreateTableWithColumnOrSchemaSyntax
    {
    }

    public interface ICreateTableColumnAsTypeSyntax : IColumnTypeSyntax<ICreateTableColumnOptionOrWithColumnSyntax>
    {
    }

    public interface ICreateTableColumnOptionOrWithColumnSyntax :
        IColumnOptionSyntax<ICreateTableColumnOptionOrWithColumnSyntax, ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax>,
        ICreateTableWithColumnSyntax
    {
    }

    public interface ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax :
        ICreateTableColumnOptionOrWithColumnSyntax,
        IForeignKeyCascadeSyntax<ICreateTableColumnOptionOrWithColumnSyntax, ICreateTableColumnOptionOrForeignKeyCascadeOrWithColumnSyntax>
    {
    }
}

namespace FluentMigrator.Builders.Create.Index
{
    using FluentMigrator.Infrastructure;

    public interface ICreateIndexForTableSyntax : IFluentSyntax
    {
        ICreateIndexOnColumnOrInSchemaSyntax OnTable(string tableName);
    }

    public interface ICreateIndexOnColumnSyntax : IFluentSyntax
    {
        ICreateIndexColumnOptionsSyntax OnColumn(string columnName);

        ICreateIndexOptionsSyntax WithOptions();
    }

    public interface ICreateIndexOnColumnOrInSchemaSyntax : ICreateIndexOnColumnSyntax
    {
    }

    public interface ICreateIndexColumnOptionsSyntax : IFluentSyntax
    {
        ICreateIndexMoreColumnOptionsSyntax Ascending();

        ICreateIndexMoreColumnOptionsSyntax Descending();

        ICreateIndexColumnUniqueOptionsSyntax Unique();
    }

    public interface ICreateIndexMoreColumnOptionsSyntax : ICreateIndexOnColumnSyntax
    {
    }

    public interface ICreateIndexColumnUniqueOptionsSyntax : ICreateIndexOnColumnSyntax
    {
    }

    public interface ICreateIndexOptionsSyntax : IFluentSyntax
    {
        ICreateIndexOnColumnSyntax Unique();
    }
}

namespace FluentMigrator.Builders.Delete
{
    using FluentMigrator.Builders.Delete.Column;
    using FluentMigrator.Builders.Delete.Index;
    using FluentMigrator.Infrastructure;

    public interface IDeleteExpressionRoot : IFluentSyntax
    {
        IDeleteColumnFromTableSyntax Column(string columnName);

        IDeleteIndexForTableSyntax Index(string indexName);
    }
}

namespace FluentMigrator.Builders.Delete.Column
{
    using FluentMigrator.Infrastructure;

    public interface IDeleteColumnFromTableSyntax : IFluentSyntax
    {
        IInSchemaSyntax FromTable(string tableName);
    }
}

namespace FluentMigrator.Builders.Delete.Index
{
    using FluentMigrator.Infrastructure;

    public interface IDeleteIndexForTableSyntax : IFluentSyntax
    {
        IDeleteIndexOnColumnOrInSchemaSyntax OnTable(string tableName);
    }

    public interface IDeleteIndexOnColumnSyntax : IFluentSyntax
    {
    }

    public interface IDeleteIndexOnColumnOrInSchemaSyntax : IDeleteIndexOnColumnSyntax
    {
    }
}

namespace FluentMigrator.Builders.Execute
{
    using FluentMigrator.Infrastructure;

    public interface IExecuteExpressionRoot : IFluentSyntax
    {
        void Sql(string sqlStatement);
    }
}

namespace FluentMigrator.Builders.IfDatabase
{
    using FluentMigrator.Builders.Execute;

    public interface IIfDatabaseExpressionRoot
    {
        IExecuteExpressionRoot Execute { get; }
    }
}

namespace FluentMigrator.Builders.Insert
{
    using FluentMigrator.Infrastructure;

    public interface IInsertExpressionRoot : IFluentSyntax
    {
        IInsertDataOrInSchemaSyntax IntoTable(string tableName);
    }

    public interface IInsertDataSyntax : IFluentSyntax
    {
        IInsertDataSyntax Row(object dataAsAnonymousType);
    }

    public interface IInsertDataOrInSchemaSyntax : IInsertDataSyntax
    {
        IInsertDataSyntax InSchema(string schemaName);
    }
}

namespace FluentMigrator.Builders.Schema
{
    using FluentMigrator.Builders.Schema.Table;
    using FluentMigrator.Infrastructure;

    public interface ISchemaExpressionRoot : IFluentSyntax
    {
        ISchemaTableSyntax Table(string tableName);
    }
}

namespace FluentMigrator.Builders.Schema.Table
{
    using FluentMigrator.Builders.Schema.Column;

    public interface ISchemaTableSyntax
    {
        bool Exists();

        ISchemaColumnSyntax Column(string columnName);
    }
}

namespace FluentMigrator.Builders.Schema.Column
{
    using FluentMigrator.Infrastructure;

    public interface ISchemaColumnSyntax : IFluentSyntax
    {
        bool Exists();
    }
}
