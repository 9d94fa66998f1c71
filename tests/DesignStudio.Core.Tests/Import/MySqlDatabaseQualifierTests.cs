using DesignStudio.Core.Dialects;
using DesignStudio.Core.Import;

namespace DesignStudio.Core.Tests.Import;

/// <summary>Verbatim objects of a mysqldump lose the dumped database's qualifier, so they run in any database.</summary>
public class MySqlDatabaseQualifierTests
{
    private const string Dump = """
        CREATE SCHEMA sakila;
        USE sakila;
        CREATE TABLE actor (actor_id INT NOT NULL PRIMARY KEY, first_name VARCHAR(45));
        CREATE TABLE film_actor (actor_id INT NOT NULL, film_id INT NOT NULL);
        CREATE VIEW actor_info AS
        SELECT a.actor_id, `sakila`.a.first_name, (SELECT COUNT(*) FROM sakila.film_actor fa WHERE fa.actor_id = a.actor_id) AS n
        FROM sakila.actor a LEFT JOIN other_db.film_actor x ON x.actor_id = a.actor_id
        WHERE 'sakila.actor' <> '';
        """;

    [Fact]
    public void Strips_the_used_database_from_names_in_a_kept_view()
    {
        var view = SqlDdlImporter.Import(Dump, DialectNames.MySql).Design.Verbatim.Single(v => v.Kind == "view");

        Assert.Contains("FROM actor a", view.Sql);
        Assert.Contains("FROM film_actor fa", view.Sql);
        Assert.Contains(" a.first_name", view.Sql);
        Assert.DoesNotContain("`sakila`.", view.Sql);
        Assert.Contains("other_db.film_actor", view.Sql);
        Assert.Contains("'sakila.actor'", view.Sql);
    }

    [Fact]
    public void Keeps_qualifiers_when_no_database_was_used()
    {
        var view = SqlDdlImporter.Import(Dump.Replace("USE sakila;", ""), DialectNames.MySql).Design.Verbatim.Single(v => v.Kind == "view");

        Assert.Contains("FROM sakila.actor a", view.Sql);
    }

    [Fact]
    public void Keeps_the_qualifier_when_a_table_has_the_database_name()
    {
        var sql = Dump.Replace("USE sakila;", "USE sakila;\nCREATE TABLE sakila (id INT);");
        var view = SqlDdlImporter.Import(sql, DialectNames.MySql).Design.Verbatim.Single(v => v.Kind == "view");

        Assert.Contains("FROM sakila.actor a", view.Sql);
    }

    [Fact]
    public void Forgets_the_used_database_between_scripts_parsed_by_one_parser()
    {
        var parser = new MySqlDdlParser();
        parser.Parse(Dump);
        var view = parser.Parse(Dump.Replace("USE sakila;", "")).Design.Verbatim.Single(v => v.Kind == "view");

        Assert.Contains("FROM sakila.actor a", view.Sql);
    }
}
