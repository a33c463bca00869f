-- ADR 0047: an import declaration's order, payment, waybill and inventory list are kept unsigned, one row per order and
-- kind, with their transmitting client (sender, BaseTransfer copCode), and go to the single window in envelopes of up to
-- 100 messages of one kind and sender, signed once. envelope_guid names the message a row went in (its own guid for a
-- message sent alone), as customs names it. The index serves the claim of an envelope: a kind and sender's waiting
-- rows, oldest first.
-- One column per statement: H2 (the embedded default) takes no list of ADDs.
ALTER TABLE customs_message ADD COLUMN sender VARCHAR(64) NULL;
ALTER TABLE customs_message ADD COLUMN envelope_guid CHAR(36) NULL;
CREATE INDEX ix_customs_message_envelope ON customs_message (message_type, sender, delivered_at, sent_at);
