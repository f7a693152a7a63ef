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

# 2: the publishing engine. ``due_at`` is when the engine next tries a record (the scheduled
# time, or a retry time); ``scheduled_at`` stays what the user chose. The state list moves from
# a CHECK constraint to the PublishState enum, so new states need no table rebuild.
MIGRATIONS.append([
    """CREATE TABLE publish_records_v2 (
        id INTEGER PRIMARY KEY,
        target_id INTEGER NOT NULL UNIQUE REFERENCES targets(id) ON DELETE CASCADE,
        state TEXT NOT NULL,
        scheduled_at INTEGER,
        due_at INTEGER,
        zone TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        idempotency_key TEXT NOT NULL,
        claimed_by TEXT NOT NULL DEFAULT '',
        recurrence TEXT NOT NULL DEFAULT '',
        remote_id TEXT NOT NULL DEFAULT '',
        remote_url TEXT NOT NULL DEFAULT '',
        by_hand INTEGER NOT NULL DEFAULT 0,
        error_kind TEXT NOT NULL DEFAULT '',
        error_message TEXT NOT NULL DEFAULT '',
        published_at INTEGER,
        updated_at INTEGER NOT NULL
    )""",
    """INSERT INTO publish_records_v2 (id, target_id, state, scheduled_at, due_at, zone,
        attempts, idempotency_key, remote_id, remote_url, error_kind, error_message,
        published_at, updated_at)
       SELECT id, target_id, state, scheduled_at,
              CASE WHEN state = 'scheduled' THEN scheduled_at END, zone, attempts,
              idempotency_key, remote_id, remote_url, error_kind, error_message, published_at,
              updated_at
       FROM publish_records""",
    "DROP TABLE publish_records",
    "ALTER TABLE publish_records_v2 RENAME TO publish_records",
    "CREATE INDEX publish_records_due ON publish_records(state, due_at)",
    "CREATE INDEX publish_records_time ON publish_records(scheduled_at)",
    """CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at INTEGER NOT NULL
    )""",
])

# 3: the engine's reads at every heartbeat stay fast with a long history (bench/engine.py:
# 10,000 scheduled and 100,000 published targets). By state and scheduled time: handed-off
# records due for confirmation and the earliest of them are found without reading every
# handed-off row, and hand-off candidates come in time order without a sort; the hand-off
# filters are in the index, so scanning candidates does not read the table rows.
MIGRATIONS.append([
    "CREATE INDEX publish_records_state_time ON publish_records(state, scheduled_at, attempts, "
    "recurrence, error_kind, target_id)",
])

# 4: a target may be sent as a thread (numbered parts); drafts keep per-account texts, thread
# choices and attached images, not only the main text.
MIGRATIONS.append([
    "ALTER TABLE targets ADD COLUMN as_thread INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE drafts ADD COLUMN extra TEXT NOT NULL DEFAULT '{}'",
])

# 5: when a record was first sent (its key may then be known to the platform). A platform
# remembers a key only for a while (Mastodon: one hour), counted from this moment, not from the
# record's last change.
MIGRATIONS.append([
    "ALTER TABLE publish_records ADD COLUMN first_sent_at INTEGER",
])

# Pictures: what he decided about each (by content): faces found and whether they go out
# blurred (and the blurred copy), and how a picture outside a platform's aspect ratio is fitted.
MIGRATIONS.append([
    """CREATE TABLE media_choices (
        sha256 TEXT PRIMARY KEY,
        faces INTEGER NOT NULL DEFAULT -1,
        face_decision TEXT NOT NULL DEFAULT ''
            CHECK (face_decision IN ('', 'keep', 'blurred')),
        blurred_sha256 TEXT NOT NULL DEFAULT '',
        blurred_path TEXT NOT NULL DEFAULT '',
        aspect TEXT NOT NULL DEFAULT '' CHECK (aspect IN ('', 'pad', 'crop')),
        pad_colour TEXT NOT NULL DEFAULT '#ffffff'
    )""",
])
