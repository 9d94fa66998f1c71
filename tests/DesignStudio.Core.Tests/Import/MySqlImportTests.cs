using DesignStudio.Core.Import;
using DesignStudio.Core.Model;

namespace DesignStudio.Core.Tests.Import;

public class MySqlImportTests
{
    private static ImportResult Import(string sql, string dialect = "mysql") => SqlDdlImporter.Import(sql, dialect);

    [Fact]
    public void Reads_backticks_auto_increment_inline_keys_enum_set_unsigned_and_on_update()
    {
        var r = Import("""
            CREATE TABLE `film` (
              `film_id` SMALLINT UNSIGNED NOT NULL AUTO_INCREMENT,
              `title` VARCHAR(255) NOT NULL COMMENT 'The title',
              `rating` ENUM('G','PG','R') DEFAULT 'G',
              `features` SET('Trailers','Commentaries') DEFAULT NULL,
              `last_update` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
              PRIMARY KEY (`film_id`),
              KEY `idx_title` (`title`(10)),
              UNIQUE KEY `uq_title` (`title`),
              FULLTEXT KEY `ft` (`title`)
            ) ENGINE=InnoDB AUTO_INCREMENT=1001 DEFAULT CHARSET=utf8mb4 COMMENT='Films';
            """);
        var t = r.Design.Tables.Single();

        Assert.Equal(IdentityKind.ByDefault, t.Columns[0].Identity);
        Assert.Equal(TypeKind.Int32, t.Columns[0].Type.Kind);
        Assert.Equal("SMALLINT UNSIGNED", t.Columns[0].NativeTypeFor("mysql"));
        Assert.Equal("The title", t.Columns[1].Comment);
        Assert.Equal(["G", "PG", "R"], r.Design.Enums.Single().Values);
        Assert.Equal(ColumnDefault.Literal("G"), t.Columns[2].Default);
        Assert.Equal("SET('Trailers','Commentaries')", t.Columns[3].NativeTypeFor("mysql"));
        Assert.Equal(ColumnDefault.CurrentTimestamp, t.Columns[4].Default);
        Assert.Equal(t.Columns[4].Id, t.Features.UpdatedAtColumnId);
        Assert.Equal("Films", t.Comment);
        Assert.Equal(10, t.Indexes.Single(i => i.Name == "idx_title").Parts[0].PrefixLength);
        Assert.Equal(IndexMethod.FullText, t.Indexes.Single(i => i.Name == "ft").Method);
        Assert.Equal("uq_title", Assert.Single(t.Uniques).Name);
        Assert.Contains(r.Report.Approximated, a => a.Detail.Contains("SET type"));
        Assert.Contains(r.Report.Approximated, a => a.Detail.Contains("widened"));
    }

    [Fact]
    public void Delimiter_blocks_keep_triggers_and_procedures_verbatim_and_executable_comments_carry_ddl()
    {
        var r = Import("""
            CREATE TABLE a (id INT NOT NULL, /*!50705 geo GEOMETRY NOT NULL,*/ PRIMARY KEY (id));
            DROP TABLE IF EXISTS gone;
            USE db;
            DELIMITER ;;
            /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER ins BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.id = 1; END */;;
            DELIMITER $$
            CREATE DEFINER=CURRENT_USER PROCEDURE p() BEGIN SELECT 1; SELECT 2; END $$
            DELIMITER ;
            CREATE DEFINER=CURRENT_USER SQL SECURITY INVOKER VIEW v AS SELECT id FROM a;
            """);

        Assert.Equal(["id", "geo"], r.Design.Tables.Single().Columns.Select(c => c.Name));
        Assert.Equal(["trigger", "procedure", "view"], r.Design.Verbatim.Select(v => v.Kind));
        Assert.Contains("SELECT 2; END", r.Design.Verbatim[1].Sql);
        Assert.Equal(0, r.Report.WarningCount);
        Assert.Contains(r.Report.Skipped, s => s.Kind == "DROP TABLE");
    }

    [Fact]
    public void Mariadb_skips_mysql_only_versioned_comments()
    {
        var r = Import("CREATE TABLE a (id INT, /*!50705 geo GEOMETRY,*/ /*M!100100 m INT,*/ x INT);", "mariadb");

        Assert.Equal(["id", "m", "x"], r.Design.Tables.Single().Columns.Select(c => c.Name));
    }

    [Fact]
    public void Foreign_keys_added_by_alter_table_and_partitioning_is_reported()
    {
        var r = Import("""
            CREATE TABLE p (id INT PRIMARY KEY);
            CREATE TABLE c (pid INT, d DATE NOT NULL);
            ALTER TABLE c ADD CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p (id) ON DELETE NO ACTION ON UPDATE CASCADE;
            /*!50510 ALTER TABLE c partition by range COLUMNS (d) (PARTITION p01 VALUES LESS THAN ('1985-12-31')) */;
            """);
        var c = r.Design.Tables[1];

        Assert.Equal(ReferentialAction.Cascade, Assert.Single(c.ForeignKeys).OnUpdate);
        Assert.Equal("partitioning", Assert.Single(r.Design.Verbatim).Kind);
        Assert.Contains(r.Report.Approximated, a => a.Detail.Contains("partitioning"));
    }
}
