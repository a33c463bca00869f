-- Which reference files the translation tables were last seeded from (TranslationSeeding): a SHA-256 of the files'
-- names and bytes, so that a restart on the same files reads this one row instead of parsing the files and checking
-- every term and text again. Deleting the row makes the next start seed again (after rows seeded from the files were
-- deleted by hand, in SQL; the app's own glossary removal deletes it too).
CREATE TABLE catalog_reference_seed (
    name       VARCHAR(63)  NOT NULL,
    digest     CHAR(64)     NOT NULL,
    seeded_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
