-- The overseas marketplace each line's goods are bought from (the offer checkout priced it from), for the sales
-- report by source. Lines placed before it was kept stay NULL, which the reports show as unknown: today's offers
-- cannot say where an old line was bought.
ALTER TABLE purchase_order_line ADD COLUMN source_marketplace VARCHAR(63) NULL;
