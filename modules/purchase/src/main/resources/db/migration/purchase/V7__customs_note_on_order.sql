-- What customs said against the order (refused declaration, cancellation or return; message kept back unsent):
-- kind, customs' reason, the consumer's message (zh-CN), the next step (REFUND, RETRY, CONTACT) and when.
ALTER TABLE purchase_order ADD COLUMN customs_kind VARCHAR(24) NULL;
ALTER TABLE purchase_order ADD COLUMN customs_reason VARCHAR(1000) NULL;
ALTER TABLE purchase_order ADD COLUMN customs_message VARCHAR(200) NULL;
ALTER TABLE purchase_order ADD COLUMN customs_next_step VARCHAR(10) NULL;
ALTER TABLE purchase_order ADD COLUMN customs_at DATETIME(6) NULL;
-- Operators list the orders customs refused lately.
CREATE INDEX ix_purchase_order_customs_at ON purchase_order (customs_at);
