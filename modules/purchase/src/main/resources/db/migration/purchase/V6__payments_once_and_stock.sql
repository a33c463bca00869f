-- Payments once: the provider's idempotency key per charge (one per order) and the key of its refund.
ALTER TABLE purchase_payment ADD COLUMN idempotency_key VARCHAR(100) NULL;
ALTER TABLE purchase_payment ADD COLUMN refund_key VARCHAR(100) NULL;
ALTER TABLE purchase_payment ADD CONSTRAINT uk_purchase_payment_key UNIQUE (idempotency_key);

-- Names as long as customs takes them (CEB311 buyerName, CEB411 payerName: 60 characters).
ALTER TABLE purchase_order MODIFY COLUMN buyer_name VARCHAR(60) NULL;
ALTER TABLE purchase_order MODIFY COLUMN consignee_name VARCHAR(60) NOT NULL;
ALTER TABLE purchase_order MODIFY COLUMN payer_name VARCHAR(60) NULL;
ALTER TABLE purchase_payment MODIFY COLUMN payer_name VARCHAR(60) NOT NULL;

-- Stock held by orders not yet paid and shipped, per pool of stock (a bonded book's item, a marketplace offer). The
-- pool row is the lock and the counter: a reservation is one conditional UPDATE of held, so two checkouts never
-- take the same unit. sold counts units shipped from an offer since its source last reported a new count.
CREATE TABLE purchase_stock_pool (
    pool         VARCHAR(250) NOT NULL,
    held         INT          NOT NULL,
    sold         INT          NOT NULL,
    source_count INT          NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (pool)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per order line that holds stock: HELD until the order is released or shipped (CONSUMED) or cancelled,
-- refused or left unpaid (RELEASED).
CREATE TABLE purchase_stock_reservation (
    order_no    VARCHAR(32)  NOT NULL,
    line_no     INT          NOT NULL,
    pool        VARCHAR(250) NOT NULL,
    quantity    INT          NOT NULL,
    state       VARCHAR(10)  NOT NULL,
    reserved_at DATETIME(6)  NOT NULL,
    settled_at  DATETIME(6)  NULL,
    PRIMARY KEY (order_no, line_no),
    KEY ix_purchase_stock_reservation_pool (pool, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
