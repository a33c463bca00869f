-- Whether the vendor claims the VAT export refund (出口退税): its 9610 parcels' inventory lists are then declared
-- type B (汇总申报) and summed up monthly by a summary declaration (CEB701), never simplified (A). ADR 0035.
ALTER TABLE export_vendor ADD COLUMN claims_export_refund BOOLEAN NOT NULL DEFAULT FALSE;
