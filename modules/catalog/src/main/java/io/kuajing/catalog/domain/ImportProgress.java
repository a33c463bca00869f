package io.kuajing.catalog.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How far an import got. {@code seen} counts catalogue rows (items read plus rows the marketplace could not read);
 * each seen item is then created (it brought a new product or offer), updated (it changed one), unchanged, or
 * rejected; {@code rejected} counts rejections, of whole items or single offers. {@code withdrawn} counts offers in
 * stock before the run that the completed run did not see any more: their stock is set to 0.
 */
@ValueObject
public record ImportProgress(long seen, long created, long updated, long unchanged, long rejected, long withdrawn) {

    public static final ImportProgress NONE = new ImportProgress(0, 0, 0, 0, 0, 0);

    /** Progress of catalogue pages, which withdraw nothing. */
    public ImportProgress(long seen, long created, long updated, long unchanged, long rejected) {
        this(seen, created, updated, unchanged, rejected, 0);
    }

    public ImportProgress plus(ImportProgress other) {
        return new ImportProgress(seen + other.seen, created + other.created, updated + other.updated,
                unchanged + other.unchanged, rejected + other.rejected, withdrawn + other.withdrawn);
    }
}
