namespace DesignStudio.Engines.Tests.Introspection;

/// <summary>Hand-written MariaDB DDL using every feature the catalog reader maps, one statement per entry.</summary>
internal static class MySqlFeatureSchema
{
    public static readonly string[] Statements =
    [
        """
        CREATE TABLE users (
            id INT UNSIGNED NOT NULL AUTO_INCREMENT,
            email VARCHAR(191) NOT NULL,
            active TINYINT(1) NOT NULL DEFAULT 1,
            role ENUM('reader', 'writer', 'it''s admin') NOT NULL DEFAULT 'reader',
            perms SET('read', 'write') DEFAULT 'read',
            settings JSON,
            public_id UUID NOT NULL DEFAULT uuid(),
            karma SMALLINT NOT NULL DEFAULT -1,
            created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
            updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
            born DATE NULL,
            note VARCHAR(20) DEFAULT 'it''s',
            bio MEDIUMTEXT,
            location POINT NOT NULL,
            PRIMARY KEY (id),
            UNIQUE KEY users_email_key (email),
            SPATIAL KEY users_location (location)
        ) ENGINE=InnoDB COMMENT='People who write'
        """,
        "ALTER TABLE users MODIFY email VARCHAR(191) NOT NULL COMMENT 'Login'",
        """
        CREATE TABLE posts (
            id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
            author_id INT UNSIGNED NOT NULL,
            editor_id INT UNSIGNED NULL,
            title VARCHAR(200) NOT NULL,
            body TEXT,
            score DECIMAL(10,2) DEFAULT 0.00,
            ratio DOUBLE,
            weight FLOAT,
            published_on DATETIME(3),
            CONSTRAINT posts_score_check CHECK (score >= 0),
            CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE CASCADE,
            CONSTRAINT posts_editor_fk FOREIGN KEY (editor_id) REFERENCES users (id) ON DELETE SET NULL ON UPDATE RESTRICT,
            KEY posts_author_recent (author_id, published_on DESC),
            KEY posts_title_prefix (title(20)),
            FULLTEXT KEY posts_body_text (title, body)
        ) ENGINE=InnoDB
        """,
        """
        CREATE TABLE post_tags (
            post_id BIGINT NOT NULL,
            tag VARCHAR(40) NOT NULL,
            PRIMARY KEY (post_id, tag),
            CONSTRAINT post_tags_post_fk FOREIGN KEY (post_id) REFERENCES posts (id)
        )
        """,
        "CREATE VIEW active_users AS SELECT id, email FROM users WHERE active = 1",
        "CREATE TRIGGER posts_touch BEFORE UPDATE ON posts FOR EACH ROW SET NEW.title = TRIM(NEW.title)",
        "CREATE FUNCTION add_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 1",
        "CREATE PROCEDURE count_posts(IN author INT, OUT n INT) SELECT COUNT(*) INTO n FROM posts WHERE author_id = author",
    ];
}
