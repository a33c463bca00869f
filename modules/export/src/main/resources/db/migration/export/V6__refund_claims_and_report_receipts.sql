-- Whether the vendor claims the VAT export refund (出口退税): its 9610 parcels' inventory lists are then declared
-- type B (汇总申报) and summed up monthly by a summary declaration (CEB701), never simplified (A). ADR 0035.
ALTER TABLE export_vendor ADD COLUMN claims_export_refund BOOLEAN NOT NULL DEFAULT FALSE;

-- The arrival (CEB507) or departure (CEB509) report a 9610 parcel waits on customs' answer to (its copNo): the order
-- moves ARRIVED / DEPARTED when customs concludes that report (CEB508 / CEB510), and keeps customs' note when customs
-- refuses it (then it may be reported again). NULL when no report waits.
ALTER TABLE export_order ADD COLUMN customs_report_no VARCHAR(30) NULL;
CREATE INDEX ix_export_order_customs_report ON export_order (customs_report_no);
