-- A claimed publication keeps its place in the due index (status, listener_id, next_attempt_at): the lease is held
-- in lease_until, a column outside it, so leasing changes nothing the index holds and a claim never waits for a lock
-- (ADR 0049). PROCESSING is no longer written; a publication leased when this runs keeps its lease.
ALTER TABLE platform_event_publication ADD COLUMN lease_until DATETIME(6) NULL;
UPDATE platform_event_publication SET status = 'PUBLISHED', lease_until = next_attempt_at WHERE status = 'PROCESSING';
