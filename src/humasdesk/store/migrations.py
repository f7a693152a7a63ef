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

# 6 (insights): readings of published posts at +1 h, +24 h, +7 d and the latest one; one
# audience snapshot per account and day; which unavailable metric was already said; and how
# long an account's platform asked the collector to wait. ``reactions`` is the sum of the
# reaction metrics (domain.metrics.REACTION_NAMES). ``insights_posts`` keeps one compact row
# per read post in account and time order, with the reactions the best-time ranking uses (the
# +24 h reading, else +7 d, else the latest: ``basis`` 3, 2, 1), so two years of history are
# one range scan rather than a join per post.
MIGRATIONS.append([
    """CREATE TABLE insights_readings (
        record_id INTEGER NOT NULL REFERENCES publish_records(id) ON DELETE CASCADE,
        checkpoint TEXT NOT NULL,
        collected_at INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        reactions INTEGER,
        metric_values TEXT NOT NULL DEFAULT '{}',
        unavailable TEXT NOT NULL DEFAULT '{}',
        PRIMARY KEY (record_id, checkpoint)
    ) WITHOUT ROWID""",
    """CREATE TABLE insights_posts (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        published_at INTEGER NOT NULL,
        record_id INTEGER NOT NULL REFERENCES publish_records(id) ON DELETE CASCADE,
        reactions INTEGER,
        basis INTEGER NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, published_at, record_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX insights_posts_record ON insights_posts(record_id)",
    """CREATE TABLE insights_audience (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        taken_at INTEGER NOT NULL,
        followers INTEGER,
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (account_id, day)
    ) WITHOUT ROWID""",
    """CREATE TABLE insights_notices (
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        metric TEXT NOT NULL,
        reason TEXT NOT NULL,
        said_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, metric)
    ) WITHOUT ROWID""",
    """CREATE TABLE insights_waits (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        until INTEGER NOT NULL
    )""",
    "CREATE INDEX insights_published ON publish_records(published_at) "
    "WHERE state = 'published'",
])

# 7 (pictures): what he decided about each (by content): faces found and whether they go out
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

# 8: the inbox (issue 15). Items are unique per (account, platform id): a second copy of the
# same comment is never stored. ``complaint``/``urgent``/``question`` and ``rank`` hold the
# labels in force (the user's correction when he made one; ``machine`` keeps the triage's), so
# the views sort by a column. Each view's first rows come from an index in order, without a
# sort, also with 50,000 items stored (bench/inbox.py): the priority view from a partial index
# of the open items; new, read and handled by state and time; every item by time; an account's
# by account, state and time; a thread by account, thread and time. A cursor is written in the
# same transaction as the items it covers. A reply is a post whose one target names the item
# it answers (``targets.inbox_item_id``).
MIGRATIONS.append([
    """CREATE TABLE inbox_items (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        remote_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        thread_id TEXT NOT NULL DEFAULT '',
        parent_id TEXT NOT NULL DEFAULT '',
        author_name TEXT NOT NULL DEFAULT '',
        author_handle TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        url TEXT NOT NULL DEFAULT '',
        reply_ref TEXT NOT NULL DEFAULT '{}',
        reply_until INTEGER,
        moderation TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'new',
        handled_how TEXT NOT NULL DEFAULT '',
        complaint INTEGER NOT NULL DEFAULT 0,
        urgent INTEGER NOT NULL DEFAULT 0,
        question INTEGER NOT NULL DEFAULT 0,
        rank INTEGER NOT NULL DEFAULT 2,
        reasons TEXT NOT NULL DEFAULT '[]',
        machine TEXT NOT NULL DEFAULT '{}',
        corrected INTEGER NOT NULL DEFAULT 0,
        fetched_at INTEGER NOT NULL,
        UNIQUE (account_id, remote_id)
    )""",
    "CREATE INDEX inbox_open_rank ON inbox_items(rank, received_at DESC, id DESC) "
    "WHERE state != 'handled'",
    "CREATE INDEX inbox_state_time ON inbox_items(state, received_at DESC, id DESC)",
    "CREATE INDEX inbox_time ON inbox_items(received_at DESC, id DESC)",
    "CREATE INDEX inbox_account_time ON inbox_items(account_id, received_at DESC, id DESC)",
    "CREATE INDEX inbox_account_state_time ON inbox_items(account_id, state, received_at DESC, "
    "id DESC)",
    "CREATE INDEX inbox_thread ON inbox_items(account_id, thread_id, received_at)",
    "CREATE INDEX inbox_new_kinds ON inbox_items(account_id, kind) WHERE state = 'new'",
    "CREATE INDEX inbox_corrected ON inbox_items(corrected) WHERE corrected = 1",
    """CREATE TABLE inbox_cursors (
        account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        cursor TEXT NOT NULL DEFAULT '',
        synced_at INTEGER,
        next_at INTEGER,
        failures INTEGER NOT NULL DEFAULT 0,
        error_kind TEXT NOT NULL DEFAULT '',
        error_message TEXT NOT NULL DEFAULT '',
        counts TEXT NOT NULL DEFAULT '{}',
        notes TEXT NOT NULL DEFAULT '[]'
    )""",
    """CREATE TABLE inbox_saved_replies (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        language TEXT NOT NULL DEFAULT 'id',
        updated_at INTEGER NOT NULL
    )""",
    """CREATE TABLE inbox_reply_fields (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    "ALTER TABLE targets ADD COLUMN inbox_item_id INTEGER REFERENCES inbox_items(id) "
    "ON DELETE SET NULL",
    "CREATE INDEX targets_inbox_item ON targets(inbox_item_id) WHERE inbox_item_id IS NOT NULL",
])

# Brand and keyword watch (issue 16, section 4). A saved search belongs to one account that
# can search (its adapter is a Searcher) and keeps its own cursor and time to run, so a restart
# neither repeats nor loses results. What it finds is stored as inbox items of kind mention
# with ``watch_id`` set (the "mentions of the hospital" view); a post that is also one of the
# account's own notifications is stored once, as the notification (its ``watch_id`` is
# cleared). The view's first rows come from a partial index in time order.
MIGRATIONS.append([
    """CREATE TABLE watch_searches (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        query TEXT NOT NULL,
        cursor TEXT NOT NULL DEFAULT '',
        next_at INTEGER,
        synced_at INTEGER,
        failures INTEGER NOT NULL DEFAULT 0,
        problem TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        UNIQUE (account_id, query)
    )""",
    "ALTER TABLE inbox_items ADD COLUMN watch_id INTEGER REFERENCES watch_searches(id) "
    "ON DELETE SET NULL",
    "CREATE INDEX inbox_watch_time ON inbox_items(received_at DESC, id DESC) "
    "WHERE watch_id IS NOT NULL",
])
