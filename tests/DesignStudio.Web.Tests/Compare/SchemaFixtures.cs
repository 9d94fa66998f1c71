namespace DesignStudio.Web.Tests.Compare;

/// <summary>Two versions of a small schema: customer renamed to client (one column changed), two columns of orders renamed.</summary>
internal static class SchemaFixtures
{
    public const string Old = """
        CREATE TABLE customer (id integer PRIMARY KEY, name text NOT NULL, email text, phone text, city text);
        CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer REFERENCES customer (id), note text);
        """;

    public const string New = """
        CREATE TABLE client (id integer PRIMARY KEY, name text NOT NULL, email text, phone text, town text);
        CREATE TABLE orders (id integer PRIMARY KEY, client_id integer REFERENCES client (id), remark text);
        """;
}
