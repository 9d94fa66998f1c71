namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>Hand-written SQLite DDL using every feature the catalog reader maps, one statement per entry.</summary>
internal static class SqliteFeatureSchema
{
    public static readonly string[] Statements =
    [
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            email VARCHAR(191) NOT NULL CONSTRAINT users_email_key UNIQUE,
            active BOOLEAN NOT NULL DEFAULT 1,
            role TEXT NOT NULL DEFAULT 'reader' CHECK (role IN ('reader', 'writer')),
            karma INT DEFAULT -1,
            created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
            born DATE,
            note NVARCHAR(20) DEFAULT 'it''s',
            blob_data BLOB,
            legacy STRANGE_TYPE,
            settings JSON
        )
        """,
        """
        CREATE TABLE "posts" (
            [id] INTEGER NOT NULL,
            "author_id" INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            editor_id INTEGER CONSTRAINT posts_editor_fk REFERENCES users ON DELETE SET NULL ON UPDATE RESTRICT,
            title TEXT NOT NULL,
            score NUMERIC(10,2) DEFAULT 0,
            published_on TIMESTAMP DEFAULT (datetime('now')),
            CONSTRAINT posts_pkey PRIMARY KEY (id),
            CONSTRAINT posts_score_check CHECK (score >= 0)
        )
        """,
        """
        CREATE TABLE post_tags (
            post_id INTEGER NOT NULL,
            tag VARCHAR(40) NOT NULL,
            PRIMARY KEY (post_id, tag),
            CONSTRAINT post_tags_post_fk FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE,
            UNIQUE (tag, post_id)
        ) WITHOUT ROWID
        """,
        "CREATE INDEX posts_author_recent ON posts (author_id, published_on DESC) WHERE title <> ''",
        "CREATE UNIQUE INDEX posts_lower_title ON posts (lower(title))",
        "CREATE VIEW active_users AS SELECT id, email FROM users WHERE active = 1",
        "CREATE TRIGGER posts_touch AFTER UPDATE ON posts BEGIN UPDATE posts SET published_on = CURRENT_TIMESTAMP WHERE id = NEW.id; END",
    ];
}
