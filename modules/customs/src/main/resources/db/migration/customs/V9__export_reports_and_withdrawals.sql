-- Arrival (CEB507) and departure (CEB509) reports of 9610 parcels, by our number (copNo, what their CEB508 / CEB510
-- receipts name them by): kept so a receipt is attributed to its report, and where customs is with it. Which parcels a
-- report names is export's to keep (it asked for the report).
CREATE TABLE customs_export_report (
  cop_no        VARCHAR(30)   NOT NULL,
  message_type  CHAR(6)       NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  pre_no        VARCHAR(18)   NULL,
  reason        VARCHAR(1000) NULL,
  reported_at   DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  PRIMARY KEY (cop_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The withdrawal (CEB605) of an accepted export list under way (its copNo), until customs answers it (CEB606): one
-- at a time per list.
ALTER TABLE customs_export_declaration ADD COLUMN withdrawal_cop_no VARCHAR(30) NULL;
