-- Customs' receipts name an inventory list by our copNo (at most 20 characters), its preNo or invtNo, a payment by
-- its transaction id: each declaration keeps the numbers it is known by. Declarations made before copNo existed
-- were declared with copNo = order number, which stays their copNo.
ALTER TABLE customs_declaration ADD COLUMN cop_no VARCHAR(64) NULL;
ALTER TABLE customs_declaration ADD COLUMN pre_no VARCHAR(32) NULL;
ALTER TABLE customs_declaration ADD COLUMN pay_transaction_id VARCHAR(64) NULL;
UPDATE customs_declaration SET cop_no = order_no WHERE cop_no IS NULL;
CREATE UNIQUE INDEX customs_declaration_cop_no ON customs_declaration (cop_no);
CREATE INDEX customs_declaration_pre_no ON customs_declaration (pre_no);
CREATE INDEX customs_declaration_invt_no ON customs_declaration (invt_no);
CREATE INDEX customs_declaration_payment ON customs_declaration (pay_transaction_id);

-- A message that failed customs' schema is kept back, never sent, with the reason (operators list them).
ALTER TABLE customs_message ADD COLUMN parked_reason VARCHAR(1000) NULL;

-- Receipts that matched no declaration, or could not be read: set aside with the reason, never their content.
CREATE TABLE customs_receipt_aside (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  source       VARCHAR(255)  NULL,
  message_type VARCHAR(10)   NULL,
  identifiers  VARCHAR(500)  NULL,
  status_code  INT           NULL,
  reason       VARCHAR(1000) NOT NULL,
  set_aside_at DATETIME(6)   NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
