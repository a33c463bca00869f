-- What shipping and the customs waybill need of each line: the unit weight the marketplace reported and the
-- country the goods ship from (their origin on the waybill and the inventory list).
ALTER TABLE purchase_order_line ADD COLUMN unit_weight_grams INT NULL;
ALTER TABLE purchase_order_line ADD COLUMN origin_country CHAR(2) NULL;
