-- Entry lists as the account book recorded them (goods entering the bonded warehouse under bond), so an entry sent
-- again is recognised: the same content changes nothing, other content under the same number is refused. Customs
-- numbers entry lists nationally, so the number alone is the key, whatever the book.
CREATE TABLE customs_bonded_entry (
  entry_no    VARCHAR(64) NOT NULL,
  ems_no      VARCHAR(32) NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  PRIMARY KEY (entry_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE customs_bonded_entry_item (
  entry_no  VARCHAR(64)   NOT NULL,
  line_no   INT           NOT NULL,
  item_no   VARCHAR(64)   NOT NULL,
  hs_code   CHAR(10)      NOT NULL,
  item_name VARCHAR(250)  NOT NULL,
  qty       DECIMAL(14,4) NOT NULL,
  PRIMARY KEY (entry_no, item_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Entries booked before this table, rebuilt from their movements and the book's item records (one book per number).
INSERT IGNORE INTO customs_bonded_entry (entry_no, ems_no, recorded_at)
  SELECT reference, MIN(ems_no), MIN(moved_at) FROM customs_bonded_movement WHERE kind = 'ENTRY' GROUP BY reference;

INSERT IGNORE INTO customs_bonded_entry_item (entry_no, line_no, item_no, hs_code, item_name, qty)
  SELECT m.reference, 0, m.item_no, s.hs_code, s.item_name, m.quantity
  FROM customs_bonded_movement m
  JOIN customs_bonded_entry e ON e.entry_no = m.reference AND e.ems_no = m.ems_no
  JOIN customs_bonded_stock s ON s.ems_no = m.ems_no AND s.item_no = m.item_no
  WHERE m.kind = 'ENTRY';
