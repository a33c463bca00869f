-- The customs sandbox's state (sandbox mode only), shared by every instance on this database so they behave as one
-- customs: the documents it received, its ledger of buyers' yearly totals, the lists it numbered, the receipts it
-- will answer (claimed with a lease by the instance that delivers them) and the refusals a demo asked for.
CREATE TABLE customs_sandbox_document (
    order_no     VARCHAR(64) NOT NULL,
    message_type VARCHAR(8)  NOT NULL,
    xml          MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (order_no, message_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Keyed by a hash of the buyer's ID number and the year: no ID number in clear here.
CREATE TABLE customs_sandbox_ledger (
    buyer_year VARCHAR(64)    NOT NULL,
    used       DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (buyer_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE customs_sandbox_list (
    order_no   VARCHAR(64)    NOT NULL,
    pre_no     VARCHAR(18)    NOT NULL,
    invt_no    VARCHAR(18)    NOT NULL,
    buyer_year VARCHAR(64)    NOT NULL,
    counted    DECIMAL(14, 2) NULL,
    PRIMARY KEY (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE customs_sandbox_refusal (
    order_no VARCHAR(64)  NOT NULL,
    reason   VARCHAR(255) NOT NULL,
    PRIMARY KEY (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE customs_sandbox_receipt (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    order_no      VARCHAR(64) NOT NULL,
    message_type  VARCHAR(8)  NOT NULL,
    return_status VARCHAR(8)  NULL,
    due_at        DATETIME(6) NOT NULL,
    body          MEDIUMTEXT  NOT NULL,
    claimed_until DATETIME(6) NULL,
    PRIMARY KEY (id),
    KEY ix_customs_sandbox_receipt_due (due_at, id),
    KEY ix_customs_sandbox_receipt_order (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Numbers (preNo, invtNo) unique across instances: one row per number drawn.
CREATE TABLE customs_sandbox_number (
    id BIGINT NOT NULL AUTO_INCREMENT,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
