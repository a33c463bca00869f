-- The due index sorted by handler within each status (ADR 0043): a claim shares its batch out between the handlers,
-- each taking its longest due publications first, and reads one handler's due rows as one range of this index.
-- It replaces (status, next_attempt_at), which it serves as well for every other query by status.
DROP INDEX ix_platform_event_publication_due ON platform_event_publication;
CREATE INDEX ix_platform_event_publication_due ON platform_event_publication (status, listener_id, next_attempt_at);
