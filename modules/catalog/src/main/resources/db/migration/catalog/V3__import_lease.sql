-- One import per marketplace across every instance on this database: the row is the lock, held by one holder (a
-- token per import) until it expires. The holder renews it page by page; a node that died mid-import lets it
-- expire, and the next import takes it over (and closes the dead node's run as FAILED).
CREATE TABLE catalog_import_lease (
    marketplace VARCHAR(63)  NOT NULL,
    holder      VARCHAR(64)  NOT NULL,
    run_id      BIGINT       NULL,
    expires_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (marketplace)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
