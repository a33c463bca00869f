-- When the consumer received the order (the carrier's delivery scan, UTC), for the delivery-time report against the
-- promised window. NULL for orders not delivered yet and for those delivered before it was kept: their day is not
-- known, so the report leaves them out rather than guess it.
ALTER TABLE purchase_order ADD COLUMN delivered_at DATETIME(6) NULL;
CREATE INDEX ix_purchase_order_delivered_at ON purchase_order (delivered_at);
