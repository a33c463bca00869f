-- Export (global selling): vendors, their listings, export orders. Amounts are DECIMAL with their currency beside
-- them (never floating point); the settlement account number is kept whole (the vendor is paid into it) and
-- masked in every listing.
CREATE TABLE export_vendor (
    vendor_id            VARCHAR(20)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    uscc                 CHAR(18)      NOT NULL,
    customs_code         CHAR(10)      NOT NULL,
    settlement_bank      VARCHAR(100)  NOT NULL,
    settlement_account   VARCHAR(34)   NOT NULL,
    settlement_currency  CHAR(3)       NOT NULL,
    onboarded_at         DATETIME(6)   NOT NULL,
    onboarded_by         VARCHAR(100)  NOT NULL,
    PRIMARY KEY (vendor_id),
    UNIQUE KEY ux_export_vendor_uscc (uscc)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE export_listing (
    sku                      VARCHAR(64)   NOT NULL,
    vendor_id                VARCHAR(20)   NOT NULL,
    title_zh                 VARCHAR(250)  NOT NULL,
    hs_code                  VARCHAR(10)   NOT NULL,
    declared_value_cny       DECIMAL(12,2) NOT NULL,
    weight_kg                DECIMAL(10,3) NOT NULL,
    export_licence_required  BOOLEAN       NOT NULL,
    PRIMARY KEY (sku),
    KEY ix_export_listing_vendor (vendor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per marketplace order (the unique key): pulling an order again finds the first.
CREATE TABLE export_order (
    order_no              VARCHAR(32)   NOT NULL,
    vendor_id             VARCHAR(20)   NOT NULL,
    marketplace           VARCHAR(40)   NOT NULL,
    marketplace_order_id  VARCHAR(64)   NOT NULL,
    mode                  CHAR(4)       NOT NULL,
    destination           CHAR(2)       NOT NULL,
    sold_at               DATETIME(6)   NOT NULL,
    -- The China calendar year of the sale, kept so the report groups without time-zone functions in SQL.
    sold_year             INT           NOT NULL,
    currency              CHAR(3)       NOT NULL,
    marketplace_fee       DECIMAL(14,2) NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    PRIMARY KEY (order_no),
    UNIQUE KEY ux_export_order_marketplace (marketplace, marketplace_order_id),
    KEY ix_export_order_vendor (vendor_id, sold_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE export_order_line (
    order_no    VARCHAR(32)   NOT NULL,
    line_no     INT           NOT NULL,
    sku         VARCHAR(64)   NOT NULL,
    quantity    INT           NOT NULL,
    unit_price  DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (order_no, line_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
