-- Catalog: products under Kuajing's own SKUs, marketplace offers, operators' zh-CN translations, import runs.
-- Keep to the MySQL subset H2 (MODE=MySQL) also runs: no FULLTEXT, no prefix indexes, no generated columns.

-- A product, described as the listing that first brought it describes it (source + source_ref own the text).
-- identity_key: "gtin:<14 digits>" or "ref:<marketplace>:<external ref>"; the SKU is derived from it.
-- content_hash: digest of the imported fields, so a re-import compares 32 characters instead of reading text back.
-- hs_code is the feed's classification; hs_code_override an operator's, which wins and which imports never touch.
CREATE TABLE catalog_product (
    sku                VARCHAR(64)   NOT NULL,
    identity_key       VARCHAR(200)  NOT NULL,
    source_marketplace VARCHAR(63)   NOT NULL,
    source_ref         VARCHAR(100)  NOT NULL,
    title              VARCHAR(500)  NOT NULL,
    description        TEXT          NULL,
    language           VARCHAR(35)   NOT NULL,
    brand              VARCHAR(200)  NULL,
    category           VARCHAR(200)  NULL,
    gtin               VARCHAR(14)   NULL,
    hs_code            VARCHAR(10)   NULL,
    hs_code_override   VARCHAR(10)   NULL,
    classified_by      VARCHAR(100)  NULL,
    weight_grams       INT           NULL,
    content_hash       CHAR(32)      NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (sku),
    UNIQUE KEY uk_catalog_product_identity (identity_key),
    KEY ix_catalog_product_category (category)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One seller's offer of one marketplace item from one warehouse. Prices exact (DECIMAL), in the marketplace currency.
-- The natural key is the primary key: no surrogate id, so an import maintains one B-tree fewer per offer, and a
-- page's offers are found by a range on (marketplace, external_ref).
CREATE TABLE catalog_offer (
    marketplace       VARCHAR(63)   NOT NULL,
    external_ref      VARCHAR(100)  NOT NULL,
    seller_id         VARCHAR(64)   NOT NULL,
    warehouse_code    VARCHAR(64)   NOT NULL,
    sku               VARCHAR(64)   NOT NULL,
    seller_name       VARCHAR(200)  NULL,
    price_amount      DECIMAL(19,4) NOT NULL,
    price_currency    CHAR(3)       NOT NULL,
    stock             INT           NOT NULL,
    warehouse_country CHAR(2)       NOT NULL,
    warehouse_type    VARCHAR(16)   NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (marketplace, external_ref, seller_id, warehouse_code),
    KEY ix_catalog_offer_sku (sku)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- zh-CN presentation written by operators; a product without a row here is untranslated.
CREATE TABLE catalog_translation (
    sku          VARCHAR(64)   NOT NULL,
    title        VARCHAR(500)  NOT NULL,
    description  TEXT          NULL,
    updated_by   VARCHAR(100)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (sku)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- An import of one marketplace. Counters are written with every page, so progress is visible from any node.
-- status: RUNNING, COMPLETED, FAILED (the run stopped: error says why; rows already imported stay).
CREATE TABLE catalog_import_run (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    marketplace  VARCHAR(63)   NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    started_by   VARCHAR(100)  NOT NULL,
    started_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6)   NULL,
    seen         BIGINT        NOT NULL DEFAULT 0,
    created      BIGINT        NOT NULL DEFAULT 0,
    updated      BIGINT        NOT NULL DEFAULT 0,
    unchanged    BIGINT        NOT NULL DEFAULT 0,
    rejected     BIGINT        NOT NULL DEFAULT 0,
    withdrawn    BIGINT        NOT NULL DEFAULT 0,
    error        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_catalog_import_run_marketplace (marketplace, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Rows an import rejected, with the reason, for operators to fix at the source.
CREATE TABLE catalog_import_rejection (
    id      BIGINT        NOT NULL AUTO_INCREMENT,
    run_id  BIGINT        NOT NULL,
    ref     VARCHAR(200)  NOT NULL,
    code    VARCHAR(63)   NOT NULL,
    reason  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_catalog_import_rejection_run (run_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
