using DesignStudio.Core.Dialects;
using DesignStudio.Core.Diff;
using DesignStudio.Core.Tests.Fixtures;
using DesignStudio.Core.Tests.Support;

namespace DesignStudio.Core.Tests.Diff;

public class NameMatcherTests
{
    [Fact]
    public void Separately_imported_identical_schemas_align_to_no_changes()
    {
        var old = TestDesigns.Blog();
        var reimported = DesignIdNormalizer.Normalize(TestDesigns.Blog());
        Assert.NotEqual(old.Tables[0].Id, reimported.Tables[0].Id);
        Assert.Empty(NameMatcher.Match(old, reimported));
        Assert.Empty(SchemaDiffer.Diff(old, NameMatcher.Align(old, reimported)).Changes);
    }

    [Fact]
    public void Renamed_column_is_a_candidate_and_a_rename_once_confirmed()
    {
        var (v1, v2) = TestDesigns.MigrationPair("renames", DialectNames.PostgreSql);
        var imported = DesignIdNormalizer.Normalize(v2);
        var candidates = NameMatcher.Match(v1, imported);
        var column = Assert.Single(candidates, c => c.Kind == RenameKind.Column);
        Assert.Equal(("display_name", "nickname"), (column.OldName, column.NewName));
        var table = Assert.Single(candidates, c => c.Kind == RenameKind.Table);
        Assert.Equal(("tags", "labels"), (table.OldName, table.NewName));

        var unconfirmed = SchemaDiffer.Diff(v1, NameMatcher.Align(v1, imported)).Changes;
        Assert.Contains(unconfirmed, c => c is DropColumn { Column.Name: "display_name" });
        Assert.Contains(unconfirmed, c => c is DropTable { Table.Name: "tags" });

        var confirmed = new ConfirmedRenames().Confirm(column).Confirm(table);
        var changes = SchemaDiffer.Diff(v1, NameMatcher.Align(v1, imported, confirmed)).Changes;
        Assert.Contains(changes, c => c is RenameColumn { FromColumn.Name: "display_name", ToColumn.Name: "nickname" });
        Assert.Contains(changes, c => c is RenameTable { From.Name: "tags", To.Name: "labels" });
        Assert.DoesNotContain(changes, c => c is DropColumn or DropTable or AddTable or AddColumn);
    }
}
