-- A price given in CNY (issue #17, ADR 0032): what the vendor asked in CNY and the settlement rate it was converted
-- at into the marketplace's currency (price, currency), kept beside the converted price. NULL for a price given in
-- the marketplace's currency and for other kinds of push.
-- One column per statement: the embedded H2 (MySQL mode) does not take several ADD COLUMN clauses in one ALTER.
ALTER TABLE export_marketplace_push ADD COLUMN price_cny DECIMAL(14,2) NULL;
ALTER TABLE export_marketplace_push ADD COLUMN fx_rate DECIMAL(18,8) NULL;
ALTER TABLE export_marketplace_push ADD COLUMN fx_rate_from DATE NULL;
