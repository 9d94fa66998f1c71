namespace DesignStudio.Core.Tests.Support;

/// <summary>DBML documents used by the importer and exporter tests.</summary>
public static class DbmlSamples
{
    /// <summary>
    /// A rich document modelled on dbdiagram.io's sample project (users, posts, follows), extended with every
    /// construct the importer reads.
    /// </summary>
    public const string Blog = """
        Project blog_platform {
          database_type: 'PostgreSQL'
          Note: '''
            # Blog platform
            Users write posts and follow each other.
          '''
        }

        // Enums with value notes
        Enum post_status {
          draft [note: 'Not visible yet']
          published
          "in review" [note: 'Waiting for an editor']
        }

        Enum core.user_role {
          admin
          member
        }

        Table users as U [note: 'People who use the platform'] {
          id integer [primary key, increment]
          username varchar(50) [not null, unique, note: 'Shown publicly']
          role core.user_role [not null, default: 'member']
          email varchar(255) [not null]
          created_at timestamp [default: `now()`]
          karma decimal(10,2) [default: 0]
          location geography
          tags text[]
        }

        Table posts {
          id integer [pk, increment]
          title varchar [not null]
          body text [note: 'Content of the post']
          user_id integer [not null, ref: > U.id]
          status post_status [default: 'draft']
          created_at timestamp
          /* a block comment
             spanning lines */
          indexes {
            (user_id, created_at) [name: 'posts_by_user']
            title [type: hash]
            (`lower(title)`) [unique, name: 'posts_title_ci']
          }
          checks {
            `length(title) > 0` [name: 'title_not_empty']
          }
        }

        Table follows {
          following_user_id integer [ref: > users.id]
          followed_user_id integer [ref: > users.id]
          created_at timestamp
          indexes {
            (following_user_id, followed_user_id) [pk]
          }
        }

        Table "post revisions" {
          post_id integer [not null]
          revision int [not null]
          "edited by" integer
          Note {
            'History of post edits'
          }
          indexes {
            (post_id, revision) [pk, name: 'post_revisions_pk']
          }
        }

        Table revision_comments {
          post_id integer
          revision int
          comment text
        }

        Table core.profiles {
          user_id integer [pk]
          bio text
        }

        Table tags {
          id int [pk]
          name varchar(30) [unique]
        }

        Ref post_revision_post: "post revisions".post_id > posts.id [delete: cascade, update: no action]
        Ref: revision_comments.(post_id, revision) > "post revisions".(post_id, revision) [delete: set null]
        Ref {
          users.id - core.profiles.user_id
        }
        Ref: posts.id <> tags.id

        TableGroup social [color: #3498DB] {
          users
          follows
          core.profiles
        }

        TableGroup content {
          posts
          "post revisions"
          Note: 'Everything users write'
        }

        Note welcome {
          'Start with the users table'
        }
        """;
}
