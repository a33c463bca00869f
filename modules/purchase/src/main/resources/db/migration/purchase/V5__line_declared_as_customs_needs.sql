-- What customs declares of each line, carried from the product at checkout: its brand and zh-CN specification
-- (规格, for gmodel) and its country of origin. origin_country held the country the goods ship from until now; that
-- moves to ships_from_country (the inventory list's departure country for direct mail), and origin_country becomes
-- the goods' origin — unknown (NULL) for orders placed before, never guessed from the warehouse.
ALTER TABLE purchase_order_line ADD COLUMN ships_from_country CHAR(2) NULL;
ALTER TABLE purchase_order_line ADD COLUMN brand VARCHAR(200) NULL;
ALTER TABLE purchase_order_line ADD COLUMN specification VARCHAR(500) NULL;
UPDATE purchase_order_line SET ships_from_country = origin_country, origin_country = NULL;
