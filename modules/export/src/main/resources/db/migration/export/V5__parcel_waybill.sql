-- The carrier's waybill number a 9610 parcel was declared under: customs' arrival (CEB507) and departure (CEB509)
-- reports name parcels by it only, so the operator's reports are matched to orders through it.
ALTER TABLE export_order ADD COLUMN waybill_no VARCHAR(32) NULL;
CREATE UNIQUE INDEX ux_export_order_waybill ON export_order (waybill_no);
