-- zh-CN pipeline: a product's source texts are keyed by what they say (source_key, see SourceText.key), so a text
-- translated once is found again for every product and import that says the same thing (translation memory).

-- Keys of the texts a consumer searches by, written with the product, so the shop's listing and search join the
-- approved Chinese without waiting for the translation worker. translation_due: the product waits for the worker
-- (set by every import that writes the product; a worker leases it by moving it into the future; NULL when done).
-- origin: country of origin from the feed; origin_override an operator's, which wins and which imports never touch.
ALTER TABLE catalog_product ADD COLUMN title_key CHAR(32) NULL;
ALTER TABLE catalog_product ADD COLUMN brand_key CHAR(32) NULL;
ALTER TABLE catalog_product ADD COLUMN origin CHAR(2) NULL;
ALTER TABLE catalog_product ADD COLUMN origin_override CHAR(2) NULL;
ALTER TABLE catalog_product ADD COLUMN translation_due DATETIME(6) NULL;
CREATE INDEX ix_catalog_product_translation_due ON catalog_product (translation_due);

-- The translation memory: one row per source text and language pair. draft_text is the machine's (or an operator's
-- unapproved edit); approved_text what consumers and customs see; previous_text the approved text it replaced.
-- origin: who made the draft (alimt, glossary, operator, file); approved_by: the reviewer (or glossary, file:<who>).
CREATE TABLE catalog_tm (
    source_key       CHAR(32)      NOT NULL,
    source_language  VARCHAR(8)    NOT NULL,
    target_language  VARCHAR(8)    NOT NULL,
    source_text      TEXT          NOT NULL,
    draft_text       TEXT          NULL,
    draft_origin     VARCHAR(63)   NULL,
    approved_text    TEXT          NULL,
    approved_by      VARCHAR(100)  NULL,
    approved_at      DATETIME(6)   NULL,
    previous_text    TEXT          NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (source_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Which text each product field says today (the review queue's rows). previous_key: the text this field said when it
-- was last approved, for the diff after the source changed.
CREATE TABLE catalog_product_text (
    sku           VARCHAR(64)  NOT NULL,
    field         VARCHAR(16)  NOT NULL,
    source_key    CHAR(32)     NOT NULL,
    previous_key  CHAR(32)     NULL,
    updated_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (sku, field),
    KEY ix_catalog_product_text_key (source_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The operators' glossary: brands (registered Chinese names), categories, terms, and units with a conversion
-- factor (fl oz -> 毫升 x 29.5735). Seeded from config/catalog/glossary-zh-CN.tsv; operators' rows win.
CREATE TABLE catalog_glossary (
    kind        VARCHAR(16)    NOT NULL,
    source      VARCHAR(200)   NOT NULL,
    target      VARCHAR(200)   NOT NULL,
    factor      DECIMAL(19,6)  NULL,
    updated_by  VARCHAR(100)   NOT NULL,
    updated_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (kind, source)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Products imported before: the worker fills their text keys and looks at their texts.
UPDATE catalog_product SET translation_due = created_at;
