-- The event publication registry (transactional outbox), after Spring Modulith's EVENT_PUBLICATION:
-- one row per event per handler, written in the business transaction, completed after the handler succeeds.
-- status: PUBLISHED (due at next_attempt_at), PROCESSING (claimed by claimed_by until next_attempt_at,
-- the lease), COMPLETED, FAILED (attempts exhausted; an operator may resubmit).
CREATE TABLE platform_event_publication (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    event_id               CHAR(36)      NOT NULL,
    listener_id            VARCHAR(200)  NOT NULL,
    event_type             VARCHAR(255)  NOT NULL,
    serialized_event       MEDIUMTEXT    NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    next_attempt_at        DATETIME(6)   NOT NULL,
    claimed_by             VARCHAR(64)   NULL,
    completion_date        DATETIME(6)   NULL,
    last_resubmission_date DATETIME(6)   NULL,
    last_error             VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_platform_event_publication_event_listener (event_id, listener_id),
    KEY ix_platform_event_publication_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
