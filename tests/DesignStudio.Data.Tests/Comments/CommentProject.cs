using DesignStudio.Core.Model;
using DesignStudio.Data.Access;
using DesignStudio.Data.Comments;
using Microsoft.Extensions.Logging.Abstractions;

namespace DesignStudio.Data.Tests.Comments;

/// <summary>A project with one table <c>users(id, email)</c> and accounts in every role, for the comment tests.</summary>
internal sealed class CommentProject
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private CommentProject(ProjectDatabase database, FixedClock clock, ProjectStore store, CommentStore comments, Guid projectId, Dictionary<string, string> users)
    {
        Database = database;
        Clock = clock;
        Store = store;
        Comments = comments;
        ProjectId = projectId;
        Users = users;
    }

    public ProjectDatabase Database { get; }
    public FixedClock Clock { get; }
    public ProjectStore Store { get; }
    public CommentStore Comments { get; }
    public Guid ProjectId { get; }

    /// <summary>User ids by role name: owner, editor, commenter, viewer, stranger.</summary>
    public Dictionary<string, string> Users { get; }

    public string Owner => Users["owner"];
    public string Editor => Users["editor"];
    public string Commenter => Users["commenter"];
    public string Viewer => Users["viewer"];
    public string Stranger => Users["stranger"];

    public static Table UsersTable { get; } = new()
    {
        Id = "tbl_users", Name = "users",
        Columns = [new Column { Id = "col_users_id", Name = "id", Type = LogicalType.Int64, Nullable = false },
                   new Column { Id = "col_users_email", Name = "email", Type = LogicalType.Varchar(200) }],
    };

    public static Design Design { get; } = new() { Name = "shop", Tables = [UsersTable] };

    public static async Task<CommentProject> CreateAsync(ProjectDatabase database, CommentEvents? events = null)
    {
        var clock = new FixedClock(Start);
        var store = new ProjectStore(database, clock, NullLogger<ProjectStore>.Instance);
        var comments = new CommentStore(database, clock, events ?? new CommentEvents(), NullLogger<CommentStore>.Instance);
        var users = new Dictionary<string, string>();
        foreach (var name in new[] { "owner", "editor", "commenter", "viewer", "stranger" }) users[name] = await TestUsers.CreateAsync(database, name);
        var project = (await store.CreateProjectAsync(users["owner"], "comments", Design)).Value!;
        foreach (var (name, role) in new[] { ("editor", ProjectRole.Editor), ("commenter", ProjectRole.Commenter), ("viewer", ProjectRole.Viewer) })
            Assert.True((await store.Members.AddOrSetAsync(users["owner"], project.Id, await TestUsers.UserNameAsync(database, users[name]), role)).Succeeded);
        return new CommentProject(database, clock, store, comments, project.Id, users);
    }

    public Task<string> NameOfAsync(string userId) => TestUsers.UserNameAsync(Database, userId);

    public static CommentTarget TableTarget => CommentTarget.ForTable(UsersTable);

    public static CommentTarget EmailTarget => CommentTarget.ForColumn(UsersTable, UsersTable.Columns[1]);
}
