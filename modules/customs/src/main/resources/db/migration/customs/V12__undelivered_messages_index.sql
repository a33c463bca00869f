-- The operations page's "messages waiting for the single window" (COUNT and MIN(sent_at) WHERE delivered_at IS NULL)
-- read every message ever sent, once a minute: 20,000 rows a read 10,000 orders into a 100,000-order drain, and
-- four more per order from there (docs/performance.md, Pipeline, ninth session). With this index it reads the
-- waiting ones only.
CREATE INDEX ix_customs_message_undelivered ON customs_message (delivered_at, sent_at);
