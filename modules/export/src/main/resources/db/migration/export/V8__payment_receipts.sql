-- Where customs is with the vendor's receipt of the buyer's payment (收款单, CEB403) of a 9610 order: SENT once,
-- then ACCEPTED or REFUSED (customs' note in customs_note). Null: not told yet.
ALTER TABLE export_order ADD COLUMN payment_receipt VARCHAR(10) NULL;
