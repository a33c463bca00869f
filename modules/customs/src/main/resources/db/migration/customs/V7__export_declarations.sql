-- A 9610 export parcel declared to customs (CEB303 order, CEB505 waybill, CEB603 inventory list). Its messages are
-- kept in customs_message and its receipts in customs_receipt like an import declaration's (keyed by order number,
-- which an export order's EX... number never shares with an import order's); this row holds what the receipts
-- name it by (copNo, waybill number, then preNo and invtNo) and where customs is with it. The order number is the
-- key: an order is declared once.
CREATE TABLE customs_export_declaration (
  order_no        VARCHAR(64)   NOT NULL,
  cop_no          VARCHAR(64)   NOT NULL,
  logistics_no    VARCHAR(64)   NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  pre_no          VARCHAR(32)   NULL,
  invt_no         VARCHAR(32)   NULL,
  reason          VARCHAR(1000) NULL,
  declared_at     DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (order_no),
  UNIQUE KEY customs_export_declaration_cop_no (cop_no),
  KEY customs_export_declaration_parcel (logistics_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
