"""Schema migrations, keyed on ``PRAGMA user_version``: entry N brings the file to version N+1.

Never edit a released entry; append a new one. Instants are INTEGER milliseconds since the epoch,
UTC; the zone the user chose is stored beside them.
"""

MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            handle TEXT NOT NULL DEFAULT '',
            server_url TEXT NOT NULL DEFAULT '',
            credential_ref TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'ok'
                CHECK (state IN ('ok', 'needs_reconnect', 'disabled')),
            options TEXT NOT NULL DEFAULT '{}',
            created_at INTEGER NOT NULL
        )""",
        """CREATE TABLE posts (
            id INTEGER PRIMARY KEY,
            body TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'id',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )""",
        """CREATE TABLE media (
            id INTEGER PRIMARY KEY,
            post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            path TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            mime_type TEXT NOT NULL,
            alt_text TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX media_post ON media(post_id, position)",
        """CREATE TABLE targets (
            id INTEGER PRIMARY KEY,
            post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE RESTRICT,
            text_variant TEXT,
            UNIQUE (post_id, account_id)
        )""",
        "CREATE INDEX targets_account ON targets(account_id)",
        """CREATE TABLE publish_records (
            id INTEGER PRIMARY KEY,
            target_id INTEGER NOT NULL UNIQUE REFERENCES targets(id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('draft', 'scheduled', 'sending', 'published',
                'failed', 'needs_attention', 'cancelled', 'handed_off')),
            scheduled_at INTEGER,
            zone TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            idempotency_key TEXT NOT NULL,
            remote_id TEXT NOT NULL DEFAULT '',
            remote_url TEXT NOT NULL DEFAULT '',
            error_kind TEXT NOT NULL DEFAULT '',
            error_message TEXT NOT NULL DEFAULT '',
            published_at INTEGER,
            updated_at INTEGER NOT NULL
        )""",
        "CREATE INDEX publish_records_due ON publish_records(state, scheduled_at)",
        """CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            body TEXT NOT NULL,
            account_ids TEXT NOT NULL DEFAULT '[]',
            updated_at INTEGER NOT NULL
        )""",
    ],
]
