-- Orders of the purchase module. Amounts in CNY (DECIMAL, never floating point). Personal data is kept because
-- customs needs it on the declaration; it is masked in every listing and log.
CREATE TABLE purchase_order (
    order_no             VARCHAR(32)   NOT NULL,
    checkout_id          CHAR(36)      NOT NULL,
    owner                VARCHAR(100)  NOT NULL,
    mode                 VARCHAR(20)   NOT NULL,
    warehouse            VARCHAR(40)   NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    buyer_name           VARCHAR(50)   NULL,
    buyer_id_number      CHAR(18)      NULL,
    buyer_phone          CHAR(11)      NULL,
    consignee_name       VARCHAR(50)   NOT NULL,
    consignee_phone      CHAR(11)      NOT NULL,
    consignee_division   CHAR(6)       NOT NULL,
    consignee_address    VARCHAR(200)  NOT NULL,
    freight              DECIMAL(12,2) NOT NULL,
    total                DECIMAL(12,2) NOT NULL,
    placed_at            DATETIME(6)   NOT NULL,
    payment_transaction  VARCHAR(64)   NULL,
    payer_name           VARCHAR(50)   NULL,
    payer_id_number      CHAR(18)      NULL,
    paid_amount          DECIMAL(12,2) NULL,
    paid_at              DATETIME(6)   NULL,
    waybill_no           VARCHAR(40)   NULL,
    cancellation_reason  VARCHAR(500)  NULL,
    version              INT           NOT NULL,
    PRIMARY KEY (order_no),
    KEY ix_purchase_order_owner (owner, placed_at),
    KEY ix_purchase_order_status (status, placed_at),
    KEY ix_purchase_order_checkout (checkout_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE purchase_order_line (
    order_no    VARCHAR(32)   NOT NULL,
    line_no     INT           NOT NULL,
    sku         VARCHAR(64)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    hs_code     VARCHAR(10)   NULL,
    quantity    INT           NOT NULL,
    unit_price  DECIMAL(12,2) NOT NULL,
    tax         DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (order_no, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per consumer and Idempotency-Key: the primary key makes a second checkout with the same key wait for
-- the first and then find its orders.
CREATE TABLE purchase_checkout (
    owner               VARCHAR(100) NOT NULL,
    idempotency_key     VARCHAR(100) NOT NULL,
    checkout_id         CHAR(36)     NOT NULL,
    request_fingerprint CHAR(64)     NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (owner, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The payment sandbox's own ledger: what a payment company would hold.
CREATE TABLE purchase_payment (
    transaction_id  VARCHAR(64)   NOT NULL,
    order_no        VARCHAR(32)   NOT NULL,
    amount          DECIMAL(12,2) NOT NULL,
    payer_name      VARCHAR(50)   NOT NULL,
    payer_id_number CHAR(18)      NOT NULL,
    paid_at         DATETIME(6)   NOT NULL,
    refunded_at     DATETIME(6)   NULL,
    PRIMARY KEY (transaction_id),
    UNIQUE KEY uk_purchase_payment_order (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
