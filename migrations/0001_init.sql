-- ATSPro schema: one PostgreSQL database for users, sessions, documents, results and audit.
-- Everything a user owns hangs off "user" with ON DELETE CASCADE: deleting an account is one DELETE.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- btree_gin lets one GIN index hold (user_id, search_tsv): user-scoped full-text search
-- stays an index lookup however many documents other users have.
CREATE EXTENSION IF NOT EXISTS btree_gin;

CREATE TABLE "user" (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    telegram_user_id  BIGINT NOT NULL UNIQUE,
    username          TEXT,
    first_name        TEXT,
    language_code     TEXT,
    is_admin          BOOLEAN NOT NULL DEFAULT FALSE,
    is_banned         BOOLEAN NOT NULL DEFAULT FALSE,
    ban_reason        TEXT,
    is_active         BOOLEAN NOT NULL DEFAULT TRUE,   -- false once the user blocked the bot
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX user_username_idx ON "user" (lower(username));
CREATE INDEX user_last_seen_idx ON "user" (last_seen_at DESC);

CREATE TABLE resume_documents (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id         BIGINT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
    filename        TEXT,
    content_type    TEXT,
    file_size       INTEGER CHECK (file_size IS NULL OR file_size >= 0),
    sha256          TEXT,
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'processing', 'ready', 'failed')),
    processed_data  JSONB,
    raw_text        TEXT,
    metadata        JSONB NOT NULL DEFAULT '{}'::jsonb,
    error           TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    search_tsv      tsvector GENERATED ALWAYS AS (
                        to_tsvector('english', coalesce(filename, '') || ' ' || coalesce(raw_text, ''))
                    ) STORED
);
CREATE INDEX resume_documents_user_created_idx ON resume_documents (user_id, created_at DESC);
CREATE INDEX resume_documents_processed_gin ON resume_documents USING GIN (processed_data jsonb_path_ops);
CREATE INDEX resume_documents_tsv_gin ON resume_documents USING GIN (user_id, search_tsv);
CREATE INDEX resume_documents_user_sha_idx ON resume_documents (user_id, sha256);

CREATE TABLE job_documents (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id           BIGINT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
    title             TEXT,
    company           TEXT,
    location          TEXT,
    source_url        TEXT,
    requirements      JSONB,
    description_data  JSONB,
    raw_text          TEXT,
    status            TEXT NOT NULL DEFAULT 'pending'
                      CHECK (status IN ('pending', 'processing', 'ready', 'failed')),
    metadata          JSONB NOT NULL DEFAULT '{}'::jsonb,
    error             TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    search_tsv        tsvector GENERATED ALWAYS AS (
                          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                          setweight(to_tsvector('english', coalesce(company, '')), 'B') ||
                          setweight(to_tsvector('english', coalesce(raw_text, '')), 'C')
                      ) STORED
);
CREATE INDEX job_documents_user_created_idx ON job_documents (user_id, created_at DESC);
CREATE INDEX job_documents_requirements_gin ON job_documents USING GIN (requirements jsonb_path_ops);
CREATE INDEX job_documents_tsv_gin ON job_documents USING GIN (user_id, search_tsv);

CREATE TABLE user_profiles (
    user_id     BIGINT PRIMARY KEY REFERENCES "user"(id) ON DELETE CASCADE,
    phone       TEXT,
    location    TEXT,
    title       TEXT,
    bio         TEXT,
    resume_id   UUID REFERENCES resume_documents(id) ON DELETE SET NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id           BIGINT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
    chat_id           BIGINT NOT NULL,
    active_resume_id  UUID REFERENCES resume_documents(id) ON DELETE SET NULL,
    active_job_id     UUID REFERENCES job_documents(id) ON DELETE SET NULL,
    state             JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at        TIMESTAMPTZ NOT NULL DEFAULT now() + interval '30 days',
    UNIQUE (user_id, chat_id)
);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);

CREATE TABLE optimization_results (
    id                 UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id            BIGINT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
    resume_id          UUID REFERENCES resume_documents(id) ON DELETE CASCADE,
    job_id             UUID REFERENCES job_documents(id) ON DELETE CASCADE,
    score              NUMERIC(5, 2) NOT NULL CHECK (score >= 0 AND score <= 100),
    optimization_data  JSONB NOT NULL DEFAULT '{}'::jsonb,
    suggestions        JSONB NOT NULL DEFAULT '[]'::jsonb,
    engine             TEXT NOT NULL DEFAULT 'deterministic',
    metadata           JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX optimization_results_user_created_idx ON optimization_results (user_id, created_at DESC);
CREATE INDEX optimization_results_data_gin ON optimization_results USING GIN (optimization_data jsonb_path_ops);
CREATE INDEX optimization_results_resume_idx ON optimization_results (resume_id);
CREATE INDEX optimization_results_job_idx ON optimization_results (job_id);

-- Telegram update ids already handled: redeliveries (restarts, webhook retries) are dropped.
CREATE TABLE processed_updates (
    update_id     BIGINT PRIMARY KEY,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX processed_updates_at_idx ON processed_updates (processed_at);

CREATE TABLE audit_log (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_user_id   BIGINT REFERENCES "user"(id) ON DELETE SET NULL,
    actor_telegram_id BIGINT,
    action          TEXT NOT NULL,
    target          TEXT,
    details         JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_created_idx ON audit_log (created_at DESC);

-- Per-user counters for rate limits and LLM quotas (fixed windows).
CREATE TABLE usage_counters (
    user_id       BIGINT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    window_start  TIMESTAMPTZ NOT NULL,
    count         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, kind, window_start)
);

-- Durable background work. Workers claim with FOR UPDATE SKIP LOCKED and hold a lease; a worker
-- that dies leaves a lease that expires, and another worker picks the task up again.
CREATE TABLE tasks (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id       BIGINT REFERENCES "user"(id) ON DELETE CASCADE,  -- NULL: system task
    kind          TEXT NOT NULL,
    payload       JSONB NOT NULL DEFAULT '{}'::jsonb,
    status        TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'running', 'done', 'failed', 'cancelled')),
    dedupe_key    TEXT UNIQUE,           -- one task per request, whatever the retries
    attempts      INTEGER NOT NULL DEFAULT 0,
    max_attempts  INTEGER NOT NULL DEFAULT 3,
    run_after     TIMESTAMPTZ NOT NULL DEFAULT now(),
    locked_until  TIMESTAMPTZ,
    worker_id     TEXT,
    progress      JSONB NOT NULL DEFAULT '{}'::jsonb,  -- steps already done (e.g. messages sent)
    last_error    TEXT,
    result        JSONB,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX tasks_ready_idx ON tasks (run_after, id) WHERE status = 'queued';
CREATE INDEX tasks_running_idx ON tasks (locked_until) WHERE status = 'running';
CREATE INDEX tasks_user_idx ON tasks (user_id, created_at DESC);
CREATE INDEX tasks_status_finished_idx ON tasks (status, finished_at DESC);
