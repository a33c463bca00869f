-- Summary declarations (汇总申报, CEB701) of type-B export inventory lists. A list declared as type B (its vendor
-- claims the VAT export refund) names its vendor's customs code (summary_ebc_code; NULL for a simplified list, which
-- is never summed up), when customs concluded it (accepted_at, the month it is summed up in) and, once summed up, the
-- summary's copNo: set once, by a guarded UPDATE, so no list is declared in two summaries.
ALTER TABLE customs_export_declaration ADD COLUMN summary_ebc_code VARCHAR(18) NULL;
ALTER TABLE customs_export_declaration ADD COLUMN accepted_at DATETIME(6) NULL;
ALTER TABLE customs_export_declaration ADD COLUMN summary_cop_no VARCHAR(30) NULL;
CREATE INDEX customs_export_declaration_summary ON customs_export_declaration (summary_ebc_code, accepted_at);

-- One summary: our number (copNo, what its CEB702 receipts name it by), the vendor and month it sums up, where customs
-- is with it, customs' numbers (preNo, sumNo) and the reason of a refusal.
CREATE TABLE customs_export_summary (
  cop_no       VARCHAR(30)   NOT NULL,
  ebc_code     VARCHAR(18)   NOT NULL,
  period       CHAR(7)       NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  pre_no       VARCHAR(18)   NULL,
  sum_no       VARCHAR(18)   NULL,
  reason       VARCHAR(1000) NULL,
  declared_at  DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  PRIMARY KEY (cop_no),
  KEY customs_export_summary_vendor (ebc_code, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
