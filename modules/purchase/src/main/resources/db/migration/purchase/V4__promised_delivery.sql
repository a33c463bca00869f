-- The delivery window promised at checkout (China dates, inclusive). NULL for orders placed before it was kept.
ALTER TABLE purchase_order ADD COLUMN promised_earliest DATE NULL;
ALTER TABLE purchase_order ADD COLUMN promised_latest DATE NULL;
