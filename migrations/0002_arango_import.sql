-- Import from the previous ArangoDB deployment (`main.py import-arango`, docs/arango-import.md).
--
-- import_batches: one row per committed import; the report says what happened and why.
-- import_id_map:  one row per source document (or edge) and the PostgreSQL row it became.
--   action 'created'  the batch inserted pg_table/pg_id: a rollback deletes it;
--          'matched'  an existing row was used as is (e.g. a user found by Telegram id): kept;
--          'linked'   an edge that set a reference on a row of the same batch.
--   UNIQUE (collection, arango_key, pg_table): importing the same export again finds every
--   document already mapped and inserts nothing. A user document can map to "user" and, for its
--   embedded profile, to user_profiles, hence pg_table in the key.
--   pg_id is text because targets have uuid or bigint keys.

CREATE TABLE import_batches (
    name         TEXT PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9._-]{1,64}$'),
    source       TEXT NOT NULL DEFAULT 'arangodb',
    source_path  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed')),
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at  TIMESTAMPTZ,
    counts       JSONB NOT NULL DEFAULT '{}'::jsonb,
    report       JSONB NOT NULL DEFAULT '{}'::jsonb
);

CREATE TABLE import_id_map (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch       TEXT NOT NULL REFERENCES import_batches(name) ON DELETE CASCADE,
    collection  TEXT NOT NULL,
    arango_key  TEXT NOT NULL,
    arango_id   TEXT NOT NULL,
    arango_rev  TEXT,
    pg_table    TEXT NOT NULL
                CHECK (pg_table IN ('user', 'user_profiles', 'resume_documents', 'job_documents',
                                    'optimization_results')),
    pg_id       TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('created', 'matched', 'linked')),
    extra       JSONB NOT NULL DEFAULT '{}'::jsonb,   -- source fields with no column to live in
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (collection, arango_key, pg_table)
);
CREATE INDEX import_id_map_batch_idx ON import_id_map (batch, pg_table);
CREATE INDEX import_id_map_target_idx ON import_id_map (pg_table, pg_id);
CREATE INDEX import_id_map_arango_id_idx ON import_id_map (arango_id);
