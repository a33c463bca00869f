-- Kuajing's store on Chinese sales channels (marketplace plugins in the CHANNEL role, e.g. cn-mall; ADR 0033).
-- What each channel was last told of a product: the mode its trades are placed in, the title and the landed price
-- (CNY) the storefront shows, the stock, the channel's own item id, who listed it and when.
CREATE TABLE purchase_channel_listing (
    channel       VARCHAR(63)   NOT NULL,
    sku           VARCHAR(64)   NOT NULL,
    mode          VARCHAR(20)   NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    price         DECIMAL(12,2) NOT NULL,
    stock         INT           NOT NULL,
    external_ref  VARCHAR(64)   NULL,
    listed_at     DATETIME(6)   NOT NULL,
    listed_by     VARCHAR(100)  NOT NULL,
    PRIMARY KEY (channel, sku)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The orders taken from channels' trades: one order per (channel, trade id), however often a window is pulled, and
-- the trade's payment company (customs code and name), declared with the channel as the e-commerce platform.
CREATE TABLE purchase_channel_order (
    channel           VARCHAR(63)   NOT NULL,
    channel_order_id  VARCHAR(64)   NOT NULL,
    order_no          VARCHAR(32)   NOT NULL,
    pay_company_code  VARCHAR(18)   NOT NULL,
    pay_company_name  VARCHAR(100)  NOT NULL,
    taken_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (channel, channel_order_id),
    UNIQUE KEY ux_purchase_channel_order_no (order_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
