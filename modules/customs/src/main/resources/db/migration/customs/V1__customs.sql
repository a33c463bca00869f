-- Customs module schema. Amounts in CNY, DECIMAL(14,2); quantities DECIMAL(14,4). Times in UTC.
-- Buyer ID numbers are never stored in clear: buyer_key is an HMAC-SHA256 of the number under a secret key
-- (customs needs the number only inside the signed declarations), buyer_masked is what listings show.

-- The per-person annual CBEC allowance (财关税〔2018〕49号): one row per buyer and calendar year; `used` counts
-- reserved and confirmed amounts and only ever changes under this row's lock, so the limit holds under concurrency.
CREATE TABLE customs_quota_account (
  buyer_key    CHAR(64)      NOT NULL,
  quota_year   SMALLINT      NOT NULL,
  buyer_masked VARCHAR(32)   NOT NULL,
  used         DECIMAL(14,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (buyer_key, quota_year),
  CONSTRAINT customs_quota_used_not_negative CHECK (used >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One entry per order: what it reserved, and what happened to it since.
CREATE TABLE customs_quota_entry (
  order_no    VARCHAR(64)   NOT NULL,
  buyer_key   CHAR(64)      NOT NULL,
  quota_year  SMALLINT      NOT NULL,
  amount      DECIMAL(14,2) NOT NULL,
  restored    DECIMAL(14,2) NOT NULL DEFAULT 0,
  status      VARCHAR(16)   NOT NULL,
  released_on DATE          NULL,
  created_at  DATETIME(6)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (order_no),
  KEY customs_quota_entry_buyer (buyer_key, quota_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One declaration per order: the primary key is what makes declaring an order twice impossible.
CREATE TABLE customs_declaration (
  order_no        VARCHAR(64)   NOT NULL,
  regime          CHAR(4)       NOT NULL,
  port_code       CHAR(4)       NOT NULL,
  ems_no          VARCHAR(32)   NULL,
  invt_no         VARCHAR(32)   NULL,
  ebp_code        VARCHAR(32)   NOT NULL,
  ebp_name        VARCHAR(100)  NOT NULL,
  ebc_code        VARCHAR(32)   NOT NULL,
  ebc_name        VARCHAR(100)  NOT NULL,
  agent_code      VARCHAR(32)   NOT NULL,
  agent_name      VARCHAR(100)  NOT NULL,
  logistics_code  VARCHAR(32)   NOT NULL,
  logistics_name  VARCHAR(100)  NOT NULL,
  logistics_no    VARCHAR(64)   NOT NULL,
  buyer_key       CHAR(64)      NOT NULL,
  buyer_masked    VARCHAR(32)   NOT NULL,
  actural_paid    DECIMAL(14,2) NOT NULL,
  tax_total       DECIMAL(14,2) NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  pending_request VARCHAR(10)   NULL,
  reason          VARCHAR(1000) NULL,
  released_on     DATE          NULL,
  return_requested_on DATE      NULL,
  return_arrived_on   DATE      NULL,
  declared_at     DATETIME(6)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  PRIMARY KEY (order_no),
  KEY customs_declaration_parcel (logistics_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE customs_declaration_line (
  order_no     VARCHAR(64)   NOT NULL,
  gnum         INT           NOT NULL,
  item_no      VARCHAR(64)   NOT NULL,
  item_name    VARCHAR(250)  NOT NULL,
  hs_code      CHAR(10)      NOT NULL,
  unit         VARCHAR(3)    NOT NULL,
  qty          DECIMAL(14,4) NOT NULL,
  total_price  DECIMAL(14,2) NOT NULL,
  returned_qty DECIMAL(14,4) NOT NULL DEFAULT 0,
  requested_return_qty DECIMAL(14,4) NOT NULL DEFAULT 0,
  PRIMARY KEY (order_no, gnum)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every message sent, by its guid (receipts refer to it).
CREATE TABLE customs_message (
  guid         CHAR(36)    NOT NULL,
  order_no     VARCHAR(64) NOT NULL,
  message_type CHAR(6)     NOT NULL,
  sent_at      DATETIME(6) NOT NULL,
  PRIMARY KEY (guid),
  KEY customs_message_order (order_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Receipts as received; the unique key makes a receipt delivered twice a no-op.
CREATE TABLE customs_receipt (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  order_no     VARCHAR(64)   NOT NULL,
  message_type CHAR(6)       NOT NULL,
  status_code  INT           NOT NULL,
  info         VARCHAR(1000) NULL,
  receipt_time DATETIME(6)   NOT NULL,
  received_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY customs_receipt_once (order_no, message_type, status_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE customs_tax_bill (
  tax_no          VARCHAR(64)   NOT NULL,
  order_no        VARCHAR(64)   NOT NULL,
  invt_no         VARCHAR(32)   NULL,
  customs_tax     DECIMAL(14,2) NOT NULL,
  value_added_tax DECIMAL(14,2) NOT NULL,
  consumption_tax DECIMAL(14,2) NOT NULL,
  issued_at       DATETIME(6)   NOT NULL,
  PRIMARY KEY (tax_no),
  KEY customs_tax_bill_order (order_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The bonded warehouse account book (电子账册, emsNo) per item record number; never negative.
CREATE TABLE customs_bonded_stock (
  ems_no    VARCHAR(32)   NOT NULL,
  item_no   VARCHAR(64)   NOT NULL,
  hs_code   CHAR(10)      NOT NULL,
  item_name VARCHAR(250)  NOT NULL,
  quantity  DECIMAL(14,4) NOT NULL,
  PRIMARY KEY (ems_no, item_no),
  CONSTRAINT customs_bonded_stock_not_negative CHECK (quantity >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Every movement on the book; the unique key makes each entry list, release and return count once.
CREATE TABLE customs_bonded_movement (
  id        BIGINT        NOT NULL AUTO_INCREMENT,
  ems_no    VARCHAR(32)   NOT NULL,
  item_no   VARCHAR(64)   NOT NULL,
  kind      VARCHAR(10)   NOT NULL,
  reference VARCHAR(64)   NOT NULL,
  quantity  DECIMAL(14,4) NOT NULL,
  moved_at  DATETIME(6)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY customs_bonded_movement_once (kind, reference, ems_no, item_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Per-person yearly quantity caps of positive-list lines (e.g. sugar 2 kg, rice 20 kg): what each buyer declared
-- per tariff line and year, changed only under the row's lock like the quota account.
CREATE TABLE customs_cap_account (
  buyer_key   CHAR(64)      NOT NULL,
  quota_year  SMALLINT      NOT NULL,
  tariff_line CHAR(8)       NOT NULL,
  used        DECIMAL(14,4) NOT NULL DEFAULT 0,
  PRIMARY KEY (buyer_key, quota_year, tariff_line),
  CONSTRAINT customs_cap_used_not_negative CHECK (used >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE customs_cap_entry (
  order_no    VARCHAR(64)   NOT NULL,
  tariff_line CHAR(8)       NOT NULL,
  buyer_key   CHAR(64)      NOT NULL,
  quota_year  SMALLINT      NOT NULL,
  qty         DECIMAL(14,4) NOT NULL,
  given_back  BOOLEAN       NOT NULL DEFAULT FALSE,
  PRIMARY KEY (order_no, tariff_line)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
