-- The transactional inbox: every Telegram update is stored here before Telegram is told it was
-- received (polling: before the offset advances; webhook: before the 200). An update is done
-- when its id is in processed_updates, written in the same transaction as the handler's effects.
CREATE TABLE update_inbox (
    update_id      BIGINT PRIMARY KEY,
    payload        JSONB NOT NULL,
    chat_id        BIGINT,                                -- for per-chat ordering on replay
    replies        JSONB NOT NULL DEFAULT '[]'::jsonb,     -- message ids already sent for it
    attempts       INTEGER NOT NULL DEFAULT 0,
    claimed_until  TIMESTAMPTZ,
    received_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX update_inbox_received_idx ON update_inbox (received_at);
