package io.kuajing.catalog.domain;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The review queue, read: product fields with their translations, filtered. */
@SecondaryPort
public interface TranslationReviews {

    List<ReviewItem> find(ReviewItem.Filter filter, int offset, int limit);

    long count(ReviewItem.Filter filter);

    /** How many product fields are in each state. */
    java.util.Map<MemoryEntry.ReviewStatus, Long> countByStatus();
}
