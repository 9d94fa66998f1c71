using DesignStudio.Core.Import;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Import;

public class SqliteImportTests
{
    private static ImportResult Import(string sql) => new SqliteDdlParser().Parse(sql);

    [Fact]
    public void Reads_affinity_types_integer_primary_key_without_rowid_and_inline_foreign_keys()
    {
        var r = Import("""
            CREATE TABLE IF NOT EXISTS [Artist] ([ArtistId] INTEGER NOT NULL, [Name] NVARCHAR(120), CONSTRAINT [PK_Artist] PRIMARY KEY ([ArtistId]));
            CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, price NUMERIC(10,2), at DATETIME, blobby MEDIUM BLOB THING,
              artist_id INTEGER REFERENCES Artist (ArtistId) ON DELETE SET NULL, k TEXT,
              FOREIGN KEY (k) REFERENCES kv (key)) ;
            CREATE TABLE kv (key TEXT PRIMARY KEY, v) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS kv (other int);
            """);
        var artist = r.Design.Tables[0];
        var t = r.Design.Tables[1];
        var kv = r.Design.Tables[2];

        Assert.Equal(IdentityKind.ByDefault, artist.Columns[0].Identity);
        Assert.Equal(LogicalType.Varchar(120), artist.Columns[1].Type);
        Assert.Equal(IdentityKind.ByDefault, t.Columns[0].Identity);
        Assert.Equal(LogicalType.Decimal(10, 2), t.Columns[1].Type);
        Assert.Equal(TypeKind.Timestamp, t.Columns[2].Type.Kind);
        Assert.Equal(TypeKind.Binary, t.Columns[3].Type.Kind);
        Assert.Equal("MEDIUM BLOB THING", t.Columns[3].NativeTypeFor("sqlite"));
        Assert.Equal(ReferentialAction.SetNull, t.ForeignKeys[0].OnDelete);
        Assert.Equal(kv.Id, t.ForeignKeys[1].TargetTableId);
        Assert.Equal(IdentityKind.None, kv.Columns[0].Identity);
        Assert.Equal(TypeKind.Text, kv.Columns[1].Type.Kind);
        Assert.Contains(r.Report.Approximated, a => a.Detail.Contains("WITHOUT ROWID"));
        Assert.Equal(3, r.Design.Tables.Count);
    }

    [Fact]
    public void Sqlite3_schema_output_skips_internal_tables()
    {
        var r = Import("CREATE TABLE t(id INTEGER PRIMARY KEY AUTOINCREMENT, b bytea);\nCREATE TABLE sqlite_sequence(name,seq);\nCREATE TABLE sqlite_stat1(tbl,idx,stat);");

        Assert.Equal(["t"], r.Design.Tables.Select(t => t.Name));
        Assert.Equal(TypeKind.Binary, r.Design.Tables[0].Columns[1].Type.Kind);
        Assert.Equal(2, r.Report.Skipped.Count);
    }

    [Fact]
    public void Triggers_with_semicolons_views_and_virtual_tables_are_kept_verbatim()
    {
        var r = Import("""
            CREATE TABLE a (x int, updated text);
            CREATE TRIGGER a_upd AFTER UPDATE ON a BEGIN UPDATE a SET updated = datetime('now') WHERE rowid = new.rowid; SELECT 1; END;
            CREATE VIEW v AS SELECT x FROM a;
            CREATE VIRTUAL TABLE s USING fts4 (body);
            CREATE INDEX ix ON a (x) WHERE x > 0;
            """);

        Assert.Equal(["trigger", "view", "virtual table"], r.Design.Verbatim.Select(v => v.Kind));
        Assert.EndsWith("SELECT 1; END", r.Design.Verbatim[0].Sql);
        Assert.Equal("x > 0", r.Design.Tables[0].Indexes[0].Where);
        Assert.Equal(0, r.Report.WarningCount);
    }
}
