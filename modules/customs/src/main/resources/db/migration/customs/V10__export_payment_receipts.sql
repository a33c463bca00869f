-- The vendor's receipt of the buyer's payment (CEB403) of an export order: SENT once, then ACCEPTED or REFUSED by
-- customs' answer (CEB404). Null: none sent; a second one is never written.
ALTER TABLE customs_export_declaration ADD COLUMN payment_receipt VARCHAR(10) NULL;
