-- What marketplaces were told and accepted (issue #17): listings published with price and stock, price or stock
-- changes, shipment confirmations with carrier and tracking number. One shipment confirmation per export order.
CREATE TABLE export_marketplace_push (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    marketplace      VARCHAR(40)   NOT NULL,
    kind             VARCHAR(12)   NOT NULL,
    vendor_id        VARCHAR(20)   NOT NULL,
    sku              VARCHAR(64)   NULL,
    order_no         VARCHAR(32)   NULL,
    price            DECIMAL(14,2) NULL,
    currency         CHAR(3)       NULL,
    stock            INT           NULL,
    carrier          VARCHAR(40)   NULL,
    tracking_number  VARCHAR(64)   NULL,
    pushed_at        DATETIME(6)   NOT NULL,
    pushed_by        VARCHAR(100)  NOT NULL,
    -- Set for shipment confirmations only (NULLs never clash in a unique key): the second confirmation of an order
    -- cannot be kept beside the first.
    shipment_of      VARCHAR(32)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY ux_export_marketplace_push_shipment (shipment_of),
    KEY ix_export_marketplace_push_vendor (vendor_id, pushed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
