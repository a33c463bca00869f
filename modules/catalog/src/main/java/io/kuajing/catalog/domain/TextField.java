package io.kuajing.catalog.domain;

/**
 * The texts of a product a Chinese consumer reads and customs declares. SPECIFICATION is not a feed field: it is the
 * size, volume or net content the title states ({@link Specification#in}), declared in customs' gmodel.
 */
public enum TextField {
    TITLE, DESCRIPTION, BRAND, CATEGORY, SPECIFICATION;

    /** Alibaba's e-commerce MT distinguishes short title-like texts from running descriptions. */
    public boolean isRunningText() {
        return this == DESCRIPTION;
    }
}
