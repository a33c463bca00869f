-- What the test handlers did, written in the handler's transaction: the primary key makes a second
-- handling of the same event by the same handler impossible to hide.
CREATE TABLE outboxprobe_handled (
    event_id   CHAR(36)     NOT NULL,
    handler_id VARCHAR(100) NOT NULL,
    payload    VARCHAR(200) NOT NULL,
    PRIMARY KEY (event_id, handler_id)
) ENGINE = InnoDB;
