package io.kuajing.catalog.domain;

import java.util.List;

/**
 * One page read from a source marketplace: the listings it could read, the rows and offers it could not (as
 * rejections; {@code unreadableRows} of them are whole catalogue rows, the rest single offers), and the cursor of the
 * next page (null after the last).
 */
public record FeedPage(List<SourceListing> listings, List<Rejection> rejections, int unreadableRows, String nextCursor) {

    public FeedPage {
        listings = List.copyOf(listings);
        rejections = List.copyOf(rejections);
        if (unreadableRows < 0 || unreadableRows > rejections.size()) {
            throw new IllegalArgumentException("unreadable rows must be among the rejections: " + unreadableRows);
        }
    }

    /** A page whose rejections are all unreadable catalogue rows. */
    public FeedPage(List<SourceListing> listings, List<Rejection> rejections, String nextCursor) {
        this(listings, rejections, rejections.size(), nextCursor);
    }
}
