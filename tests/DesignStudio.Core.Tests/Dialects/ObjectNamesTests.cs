using System.Text;
using CsCheck;
using DesignStudio.Core.Dialects;

namespace DesignStudio.Core.Tests.Dialects;

public class ObjectNamesTests
{
    [Fact]
    public void Derives_conventional_names_from_table_and_columns()
    {
        var pg = DialectRegistry.Get(DialectNames.PostgreSql);

        Assert.Equal("pk_users", ObjectNames.Derive(pg, "pk", "users", []));
        Assert.Equal("fk_posts_user_id", ObjectNames.Derive(pg, "fk", "posts", ["user_id"]));
        Assert.Equal("ix_posts_user_id_created_at", ObjectNames.Derive(pg, "ix", "posts", ["user_id", "created_at"]));
    }

    [Fact]
    public void Cuts_long_names_to_the_byte_limit_with_a_hash_suffix()
    {
        var pg = DialectRegistry.Get(DialectNames.PostgreSql);
        var a = ObjectNames.Derive(pg, "ix", new string('ö', 40), ["x"]);
        var b = ObjectNames.Derive(pg, "ix", new string('ö', 40), ["y"]);

        Assert.True(Encoding.UTF8.GetByteCount(a) <= 63);
        Assert.NotEqual(a, b);
        Assert.Matches("_[0-9a-f]{8}$", a);
    }

    [Fact]
    public void Fitted_names_always_fit_and_are_stable() =>
        Gen.String.Where(s => s.Length > 0).Sample(name =>
        {
            foreach (var (max, bytes) in new[] { (63, true), (64, false), (128, false) })
            {
                var fitted = ObjectNames.Fit(name, max, bytes);
                Assert.True(ObjectNames.Fits(fitted, max, bytes));
                Assert.Equal(fitted, ObjectNames.Fit(name, max, bytes));
                if (ObjectNames.Fits(name, max, bytes)) Assert.Equal(name, fitted);
            }
        });

    [Fact]
    public void Never_splits_a_surrogate_pair_when_cutting()
    {
        var name = string.Concat(Enumerable.Repeat("😀", 40));
        var fitted = ObjectNames.Fit(name, 64, inBytes: false);

        Assert.Equal(fitted, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(fitted)));
        Assert.True(fitted.Length <= 64);
    }
}
