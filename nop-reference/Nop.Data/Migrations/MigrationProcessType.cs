namespace Nop.Data.Migrations;

public enum MigrationProcessType
{
    NoMatter = 0,
    Installation = 1,
    Update = 2
}
