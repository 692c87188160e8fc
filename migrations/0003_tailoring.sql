-- Skills the bot asked a user about ("Have you used SQL?") and their answers, reused for later
-- jobs. A yes may name the role where the skill was used (as the role reads in the resume);
-- only confirmed skills (has_skill) ever reach a tailored resume. Deleted with the user.
CREATE TABLE skill_answers (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
    skill        TEXT NOT NULL CHECK (length(skill) BETWEEN 1 AND 100),
    has_skill    BOOLEAN NOT NULL,
    role         TEXT CHECK (role IS NULL OR length(role) <= 300),
    answered_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX skill_answers_user_skill_idx ON skill_answers (user_id, lower(skill));

-- The user's own DOCX, kept so the tailored resume can be a copy of it with its formatting
-- (only DOCX: other formats are rebuilt as a one-column DOCX). Deleted with the resume or user.
CREATE TABLE resume_originals (
    resume_id  UUID PRIMARY KEY REFERENCES resume_documents(id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES "user"(id) ON DELETE CASCADE,
    data       BYTEA NOT NULL CHECK (octet_length(data) <= 20 * 1024 * 1024)
);
CREATE INDEX resume_originals_user_idx ON resume_originals (user_id);
