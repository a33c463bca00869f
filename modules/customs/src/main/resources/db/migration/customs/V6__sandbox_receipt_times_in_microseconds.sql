-- The sandbox's receipt times as microseconds since 1970 (UTC), no longer DATETIME(6): MySQL Connector/J reads
-- MariaDB 10.11's version as 5.5.5, takes it for a server without fractional seconds and sends every timestamp
-- parameter cut to the second, so receipts due 100 ms apart were all due at once (ADR 0028). Numbers keep the
-- precision whatever the driver and server. TIMESTAMPDIFF from the epoch reads the UTC values the old columns held
-- the same way on MySQL 8, MariaDB and H2.
ALTER TABLE customs_sandbox_receipt ADD COLUMN due_us BIGINT NULL;
ALTER TABLE customs_sandbox_receipt ADD COLUMN claimed_until_us BIGINT NULL;
UPDATE customs_sandbox_receipt
   SET due_us = TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', due_at),
       claimed_until_us = TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', claimed_until);
ALTER TABLE customs_sandbox_receipt MODIFY due_us BIGINT NOT NULL;
DROP INDEX ix_customs_sandbox_receipt_due ON customs_sandbox_receipt;
ALTER TABLE customs_sandbox_receipt DROP COLUMN due_at;
ALTER TABLE customs_sandbox_receipt DROP COLUMN claimed_until;
CREATE INDEX ix_customs_sandbox_receipt_due ON customs_sandbox_receipt (due_us, id);
