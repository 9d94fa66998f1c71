using DesignStudio.Core.Import;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Import;

public class SqlServerImportTests
{
    private static ImportResult Import(string sql) => new SqlServerDdlParser().Parse(sql);

    [Fact]
    public void Alter_database_set_is_kept_verbatim_as_one_statement()
    {
        var r = Import("""
            IF EXISTS (SELECT name FROM master.dbo.sysdatabases WHERE name = N'Shop')
            BEGIN
            	ALTER DATABASE [Shop] SET OFFLINE WITH ROLLBACK IMMEDIATE;
            	SET NOCOUNT ON;
            END
            GO
            """);

        var alter = Assert.Single(r.Design.Verbatim, v => v.Kind == "alter");
        Assert.Contains("SET OFFLINE WITH ROLLBACK IMMEDIATE", alter.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_ssms_generate_scripts_output()
    {
        var r = Import("""
            USE [Shop]
            GO
            SET ANSI_NULLS ON
            GO
            IF NOT EXISTS (SELECT * FROM sys.objects WHERE name = 'Customer')
            CREATE TABLE [dbo].[Customer](
            	[CustomerId] [int] IDENTITY(1,1) NOT NULL,
            	[Name] [nvarchar](max) NULL,
            	[Code] "nchar" (5) NOT NULL CONSTRAINT "DF_Code" DEFAULT (N'AAAAA'),
            	[Created] [datetime2](7) NOT NULL,
             CONSTRAINT [PK_Customer] PRIMARY KEY CLUSTERED ([CustomerId] ASC)
             WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF) ON [PRIMARY]
            ) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
            GO
            CREATE TABLE [dbo].[Order]([OrderId] [int] NOT NULL, [CustomerId] [int] NOT NULL)
            GO
            ALTER TABLE [dbo].[Customer] ADD  CONSTRAINT [DF_Created]  DEFAULT (getdate()) FOR [Created]
            GO
            ALTER TABLE [dbo].[Order]  WITH CHECK ADD  CONSTRAINT [FK_Order_Customer] FOREIGN KEY([CustomerId])
            REFERENCES [dbo].[Customer] ([CustomerId])
            ON DELETE CASCADE
            GO
            ALTER TABLE [dbo].[Order] CHECK CONSTRAINT [FK_Order_Customer]
            GO
            CREATE NONCLUSTERED INDEX [IX_Order_Customer] ON [dbo].[Order] ([CustomerId] ASC) INCLUDE ([OrderId]) WITH (ONLINE = OFF) ON [PRIMARY]
            GO
            EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Buyers' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Customer'
            GO
            EXEC sp_addextendedproperty 'MS_Description', 'Display name', 'SCHEMA', 'dbo', 'TABLE', 'Customer', 'COLUMN', 'Name'
            GO
            CREATE VIEW [dbo].[V] AS SELECT 1 AS One
            GO
            """);
        var customer = r.Design.Tables[0];
        var order = r.Design.Tables[1];

        Assert.Equal("dbo", customer.Schema);
        Assert.Equal(IdentityKind.Always, customer.Columns[0].Identity);
        Assert.Equal(LogicalType.Text, customer.Columns[1].Type);
        Assert.Equal(LogicalType.Char(5), customer.Columns[2].Type);
        Assert.Equal(ColumnDefault.Literal("AAAAA"), customer.Columns[2].Default);
        Assert.Equal(ColumnDefault.CurrentTimestamp, customer.Columns[3].Default);
        Assert.Equal("PK_Customer", customer.PrimaryKey!.Name);
        Assert.Equal(customer.Id, Assert.Single(order.ForeignKeys).TargetTableId);
        Assert.Equal(ReferentialAction.Cascade, order.ForeignKeys[0].OnDelete);
        Assert.Equal([order.Columns[0].Id], Assert.Single(order.Indexes).IncludeColumnIds);
        Assert.Equal("Buyers", customer.Comment);
        Assert.Equal("Display name", customer.Columns[1].Comment);
        Assert.Equal("view", Assert.Single(r.Design.Verbatim).Kind);
        Assert.Equal(0, r.Report.WarningCount);
    }

    [Fact]
    public void Statements_inside_if_guards_and_begin_end_blocks_are_imported()
    {
        var r = Import("""
            IF NOT EXISTS (SELECT 1 FROM sys.tables WHERE name = 'A')
            BEGIN
                CREATE TABLE dbo.A (id int NOT NULL PRIMARY KEY, note nvarchar(10) DEFAULT (CASE WHEN 1 = 1 THEN N'x' END))
            END
            ELSE
                PRINT 'exists'
            GO
            if exists (select * from sysobjects where id = object_id('dbo.B')) drop table "dbo"."B"
            GO
            """);

        Assert.Equal("A", Assert.Single(r.Design.Tables).Name);
        Assert.Equal(0, r.Report.WarningCount + r.Report.ErrorCount);
    }

    [Fact]
    public void Unknown_statement_in_a_batch_is_a_warning_with_its_position()
    {
        var r = Import("CREATE TABLE a (x int)\nGO\n   WAITFOR DELAY '00:00:01'\nGO\nCREATE TABLE b (y int)");

        var d = Assert.Single(r.Report.Diagnostics);
        Assert.Equal(new Diagnostics.SourcePosition(3, 4), d.Position);
        Assert.Equal(2, r.Design.Tables.Count);
    }
}
